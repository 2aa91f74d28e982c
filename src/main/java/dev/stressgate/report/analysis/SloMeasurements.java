package dev.stressgate.report.analysis;

import dev.stressgate.profile.PopulationName;
import dev.stressgate.profile.Slo;
import dev.stressgate.profile.SloMetric;
import dev.stressgate.run.Workload;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * How each {@link SloMetric} is measured on an {@link AnalysisInput}. The switch has no default, so a new metric does
 * not compile until it says here how it is measured:
 * <ul>
 *   <li>{@code p50_ms} ... {@code mean_ms}, {@code error_rate_pct}, {@code success_rate_pct} (100 minus the error
 *       rate): Gatling global stats, or the group (flow) named by the scope;</li>
 *   <li>{@code throughput_rps}: global responses per second;</li>
 *   <li>{@code rate_limited_pct}: KO messages naming status 429, over all requests of the scope;</li>
 *   <li>{@code server_error_rate_pct}: KO messages naming a 5xx status, over all requests of the scope (a flow
 *       scope needs KO messages attributed to requests); timeouts are not server answers, and a WebSocket frame
 *       that never came is a lost delivery, so neither counts;</li>
 *   <li>{@code auth_failure_rate_pct}: KO rate of the flows the workload assigns to the {@code auth} population
 *       (global only); no data when it assigns none;</li>
 *   <li>{@code ws_connect_success_pct}: OK share of the requests named {@code <flow>: connect} of the flows the
 *       run's workload declares as WebSocket flows, or of the scope's flow;</li>
 *   <li>{@code chat_delivery_p95_ms}: p95 of the delivery request the workload declares (the slowest of them when
 *       several flows declare one); no data when the workload declares none.</li>
 * </ul>
 */
public final class SloMeasurements {

    private static final String CONNECT_SUFFIX = ": connect";

    private SloMeasurements() {}

    public static Measurement measure(Slo slo, AnalysisInput input) {
        String scope = slo.scope();
        return switch (slo.metric()) {
            case P50_MS -> latency(scope, input, "p50", RequestStats::p50Ms);
            case P75_MS -> latency(scope, input, "p75", RequestStats::p75Ms);
            case P95_MS -> latency(scope, input, "p95", RequestStats::p95Ms);
            case P99_MS -> latency(scope, input, "p99", RequestStats::p99Ms);
            case MAX_MS -> latency(scope, input, "max", RequestStats::maxMs);
            case MEAN_MS -> latency(scope, input, "mean", RequestStats::meanMs);
            case ERROR_RATE_PCT ->
                stats(scope, input)
                        .map(s -> Measurement.of(s.errorRatePct(), s.ko() + " KO of " + s.count() + " requests"))
                        .orElseGet(() -> noRequests(scope));
            case SUCCESS_RATE_PCT ->
                stats(scope, input)
                        .map(s -> Measurement.of(
                                100 - s.errorRatePct(), (s.count() - s.ko()) + " OK of " + s.count() + " requests"))
                        .orElseGet(() -> noRequests(scope));
            case THROUGHPUT_RPS ->
                stats(Slo.GLOBAL, input)
                        .map(s -> Measurement.of(s.rps(), "mean responses per second over the run"))
                        .orElseGet(() -> noRequests(Slo.GLOBAL));
            case SERVER_ERROR_RATE_PCT -> errorShare(scope, input, ErrorCount::isServerError, "5xx");
            case RATE_LIMITED_PCT -> errorShare(scope, input, ErrorCount::isRateLimit, "429s");
            case AUTH_FAILURE_RATE_PCT -> authFailureRate(input);
            case WS_CONNECT_SUCCESS_PCT -> wsConnectSuccess(scope, input);
            case CHAT_DELIVERY_P95_MS -> deliveryP95(input);
            case WS_CONNECT_P95_MS, WS_FANOUT_P95_MS, WS_LOST_MESSAGES_PCT, WS_DROPS_PER_MIN ->
                RealtimeSloMetrics.measure(slo.metric(), input.client().realtime());
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
                        ? input.workload().isWebSocket(r.flow())
                        : r.flow().equals(scope))
                .toList();
        long count = connects.stream().mapToLong(RequestStats::count).sum();
        if (count == 0) {
            return Measurement.noData("no WebSocket connect requests recorded"
                    + (Slo.GLOBAL.equals(scope)
                            ? (input.workload().flows().isEmpty() ? " (run.json declares no workload)" : "")
                            : " in flow '" + scope + "'"));
        }
        long ko = connects.stream().mapToLong(RequestStats::ko).sum();
        return Measurement.of(
                100.0 * (count - ko) / count, (count - ko) + " of " + count + " WebSocket connects succeeded");
    }

    private static Measurement authFailureRate(AnalysisInput input) {
        List<String> flows = input.workload().flowsOf(PopulationName.AUTH.id());
        if (flows.isEmpty()) {
            return Measurement.noData("the run's workload declares no flow of the auth population");
        }
        List<RequestStats> groups = flows.stream()
                .map(flow -> input.client().group(flow))
                .flatMap(Optional::stream)
                .toList();
        long count = groups.stream().mapToLong(RequestStats::count).sum();
        if (count == 0) {
            return Measurement.noData("no requests in " + quoted(flows));
        }
        long ko = groups.stream().mapToLong(RequestStats::ko).sum();
        return Measurement.of(100.0 * ko / count, ko + " KO of " + count + " requests in " + quoted(flows));
    }

    private static String quoted(List<String> flows) {
        return (flows.size() == 1 ? "flow '" : "flows '") + String.join("', '", flows) + "'";
    }

    private static Measurement deliveryP95(AnalysisInput input) {
        List<String> deliveries = input.workload().deliveryFlows().stream()
                .map(Workload.Flow::deliveryRequest)
                .toList();
        if (deliveries.isEmpty()) {
            return Measurement.noData("the run's workload declares no delivery request");
        }
        List<RequestStats> measured = deliveries.stream()
                .map(name -> input.client().request(name))
                .flatMap(Optional::stream)
                .filter(r -> r.count() > 0)
                .toList();
        return measured.stream()
                .max(Comparator.comparingDouble(RequestStats::p95Ms))
                .map(r -> Measurement.of(
                        r.p95Ms(),
                        "p95 of '" + r.name() + "'"
                                + (measured.size() > 1
                                        ? " (the slowest of " + measured.size() + " delivery requests)"
                                        : "")))
                .orElseGet(() -> Measurement.noData("no '" + String.join("', '", deliveries) + "' checks recorded"));
    }
}
