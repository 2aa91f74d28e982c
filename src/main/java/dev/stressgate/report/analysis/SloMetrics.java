package dev.stressgate.report.analysis;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Measures the SLO metrics of the profile contract on an {@link AnalysisInput}:
 * <ul>
 *   <li>{@code p50_ms}, {@code p75_ms}, {@code p95_ms}, {@code p99_ms}, {@code max_ms}, {@code mean_ms},
 *       {@code error_rate_pct}, {@code success_rate_pct} (100 minus the error rate): Gatling global stats, or the
 *       group (flow) named by the scope;</li>
 *   <li>{@code throughput_rps}: global responses per second;</li>
 *   <li>{@code rate_limited_pct}: KO messages naming status 429, over all requests of the scope;</li>
 *   <li>{@code server_error_rate_pct}: KO messages naming a 5xx status, over all requests of the scope (a flow
 *       scope needs KO messages attributed to requests); timeouts are not server answers, and a WebSocket frame
 *       that never came is a lost delivery, so neither counts;</li>
 *   <li>{@code auth_failure_rate_pct}: KO rate of the {@code auth} flow (the scope is ignored: it is one flow);</li>
 *   <li>{@code ws_connect_success_pct}: OK share of the requests named {@code <flow>: connect} of WebSocket flows
 *       (flows ending in {@code _ws}), or of the scope's flow;</li>
 *   <li>{@code chat_delivery_p95_ms}: p95 of {@code chat_ws: message delivered}.</li>
 *   <li>{@code ws_connect_p95_ms}, {@code ws_fanout_p95_ms}, {@code ws_lost_messages_pct}, {@code ws_drops_per_min}:
 *       the injector's realtime.json, all channels together (see {@link RealtimeSloMetrics}).</li>
 * </ul>
 * Any other metric is NO_DATA with the reason.
 */
public final class SloMetrics {

    private static final String CONNECT_SUFFIX = ": connect";
    private static final String CHAT_DELIVERED = "chat_ws: message delivered";

    private SloMetrics() {}

    public static Measurement measure(String metric, String scope, AnalysisInput input) {
        return switch (metric) {
            case "p50_ms" -> latency(scope, input, "p50", RequestStats::p50Ms);
            case "p75_ms" -> latency(scope, input, "p75", RequestStats::p75Ms);
            case "p95_ms" -> latency(scope, input, "p95", RequestStats::p95Ms);
            case "p99_ms" -> latency(scope, input, "p99", RequestStats::p99Ms);
            case "max_ms" -> latency(scope, input, "max", RequestStats::maxMs);
            case "mean_ms" -> latency(scope, input, "mean", RequestStats::meanMs);
            case "error_rate_pct" ->
                stats(scope, input)
                        .map(s -> Measurement.of(s.errorRatePct(), s.ko() + " KO of " + s.count() + " requests"))
                        .orElseGet(() -> noRequests(scope));
            case "success_rate_pct" ->
                stats(scope, input)
                        .map(s -> Measurement.of(
                                100 - s.errorRatePct(), (s.count() - s.ko()) + " OK of " + s.count() + " requests"))
                        .orElseGet(() -> noRequests(scope));
            case "throughput_rps" ->
                stats(Slo.GLOBAL, input)
                        .map(s -> Measurement.of(s.rps(), "mean responses per second over the run"))
                        .orElseGet(() -> noRequests(Slo.GLOBAL));
            case "server_error_rate_pct" -> errorShare(scope, input, ErrorCount::isServerError, "5xx");
            case "rate_limited_pct" -> errorShare(scope, input, ErrorCount::isRateLimit, "429s");
            case "auth_failure_rate_pct" ->
                input.client()
                        .group("auth")
                        .filter(g -> g.count() > 0)
                        .map(g -> Measurement.of(g.errorRatePct(), g.ko() + " KO of " + g.count() + " auth requests"))
                        .orElseGet(() -> Measurement.noData("no requests in flow 'auth'"));
            case "ws_connect_success_pct" -> wsConnectSuccess(scope, input);
            case "ws_connect_p95_ms", "ws_fanout_p95_ms", "ws_lost_messages_pct", "ws_drops_per_min" ->
                RealtimeSloMetrics.measure(metric, input.client().realtime());
            case "chat_delivery_p95_ms" ->
                input.client()
                        .request(CHAT_DELIVERED)
                        .filter(r -> r.count() > 0)
                        .map(r -> Measurement.of(r.p95Ms(), "p95 of '" + CHAT_DELIVERED + "'"))
                        .orElseGet(() -> Measurement.noData("no '" + CHAT_DELIVERED + "' checks recorded"));
            default -> Measurement.noData("metric '" + metric + "' is not measured by the analysis");
        };
    }

    private static Optional<RequestStats> stats(String scope, AnalysisInput input) {
        if (Slo.GLOBAL.equals(scope)) {
            return Optional.of(input.client().global()).filter(g -> g.count() > 0);
        }
        return input.client().group(scope).filter(g -> g.count() > 0);
    }

    private static Measurement noRequests(String scope) {
        return Measurement.noData(
                Slo.GLOBAL.equals(scope) ? "no requests recorded" : "no requests in flow '" + scope + "'");
    }

    private static Measurement latency(
            String scope, AnalysisInput input, String what, ToDoubleFunction<RequestStats> value) {
        return stats(scope, input)
                .map(s -> Measurement.of(value.applyAsDouble(s), what + " of " + s.name()))
                .orElseGet(() -> noRequests(scope));
    }

    private static Measurement errorShare(String scope, AnalysisInput input, Predicate<ErrorCount> kind, String what) {
        List<ErrorCount> matching = input.errors().stream().filter(kind).toList();
        if (Slo.GLOBAL.equals(scope)) {
            long total = input.client().global().count();
            if (total == 0) {
                return noRequests(scope);
            }
            long failed = matching.stream().mapToLong(ErrorCount::count).sum();
            return Measurement.of(100.0 * failed / total, failed + " " + what + " of " + total + " requests");
        }
        Optional<RequestStats> group = stats(scope, input);
        if (group.isEmpty()) {
            return noRequests(scope);
        }
        boolean attributed = input.errors().stream().allMatch(e -> e.request() != null);
        if (!attributed) {
            return Measurement.noData(
                    "KO messages are not attributed to requests, so flow '" + scope + "' cannot be isolated");
        }
        long failed = matching.stream()
                .filter(inFlow(scope))
                .mapToLong(ErrorCount::count)
                .sum();
        long total = group.get().count();
        return Measurement.of(100.0 * failed / total, failed + " " + what + " of " + total + " requests in " + scope);
    }

    private static Predicate<ErrorCount> inFlow(String flow) {
        return e -> e.request() != null && e.request().startsWith(flow + ": ");
    }

    private static Measurement wsConnectSuccess(String scope, AnalysisInput input) {
        List<RequestStats> connects = input.client().requests().stream()
                .filter(r -> r.name().endsWith(CONNECT_SUFFIX))
                .filter(r -> Slo.GLOBAL.equals(scope)
                        ? r.flow().endsWith("_ws")
                        : r.flow().equals(scope))
                .toList();
        long count = connects.stream().mapToLong(RequestStats::count).sum();
        if (count == 0) {
            return Measurement.noData("no WebSocket connect requests recorded"
                    + (Slo.GLOBAL.equals(scope) ? "" : " in flow '" + scope + "'"));
        }
        long ko = connects.stream().mapToLong(RequestStats::ko).sum();
        return Measurement.of(
                100.0 * (count - ko) / count, (count - ko) + " of " + count + " WebSocket connects succeeded");
    }
}
