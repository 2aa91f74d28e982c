package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.AnalysisRule;
import dev.stressgate.report.analysis.Category;
import dev.stressgate.report.analysis.EndpointErrorSeconds;
import dev.stressgate.report.analysis.ErrorCount;
import dev.stressgate.report.analysis.Evidence;
import dev.stressgate.report.analysis.Finding;
import dev.stressgate.report.analysis.MetricPoint;
import dev.stressgate.report.analysis.MetricSeries;
import dev.stressgate.report.analysis.Quantities;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.SecondSample;
import dev.stressgate.report.analysis.ServerSeriesIds;
import dev.stressgate.report.analysis.Severity;
import dev.stressgate.run.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Error bursts, run-wide from the client's per-second timeline and per endpoint from the server's 5xx and request
 * rates by route ({@link BurstWindows}: hot buckets of at least {@code burstErrorPct} errors, quiet gaps up to
 * {@code burstMergeGapSeconds} merged, at least {@code burstMinErrors} errors, and a chance of at most
 * {@code burstChance} that random errors at the rest of the run's rate form it ({@link ChanceOfRandomBurst})). A
 * steady trickle of errors over a long run clusters by chance, and those clusters are not bursts. Nor is a window that
 * holds every response: that is the run's error rate, which the server-error finding and the SLOs report.
 *
 * <p>The ramp-down tail is left out: the seconds after the last one with at least {@value #TAIL_SHARE} of the median
 * responses per second, when users finish and the few last responses (often awaited frames that time out) give a
 * high error share on a tiny count. A burst says when it started and ended and whether it recovered (at least
 * {@code sustainedSamples} buckets with responses followed it before the tail).
 *
 * <p>Each run-wide burst reports its errors and responses, the run's background error rate, the requests that failed
 * during the run, the routes whose own 5xx burst overlaps it, and the server series whose mean inside the burst
 * (padded by {@value #PAD_MS} ms, one scrape interval) differs from their mean outside it by at least
 * {@code serverMoveFactor}, the requests and the routes whose own burst overlaps it.
 *
 * <p>An endpoint can fail a tenth of its calls while the run-wide share stays low, so each request is also judged on
 * its own error seconds from the client ({@link EndpointBursts}); such a burst that overlaps no run-wide burst is a
 * finding of its own ({@code error_burst.endpoint.<n>}), which also names the server routes whose 5xx burst overlaps
 * it. A server route burst that overlaps neither is a finding of its own ({@code error_burst.route.<n>}). A summary
 * written before the client recorded per-request error seconds gets, when the run has KOs, an INFO finding
 * ({@code error_burst.endpoints_not_judged}) that says so. A burst is a WARNING, except when every KO of the run
 * (of the request, for an endpoint burst) is a 429 or a lost WebSocket delivery: then the rate-limit or
 * lost-deliveries finding reports the cause, and the burst is INFO (it only tells when that happened). When the
 * client's WARNING bursts that last at most {@value #EXPLAINED_SHARE} of the run hold at least
 * {@value #EXPLAINED_SHARE} of the run's 5xx and timeouts, they explain the {@code server_errors} finding
 * ({@link Finding#explains()}) and rank before it even when the run's error share made it CRITICAL: the burst says
 * where and when, the run-wide share only how much.
 */
public final class ErrorBurstRule implements AnalysisRule {

    static final long PAD_MS = 5_000;
    static final double TAIL_SHARE = 0.5;
    static final double EXPLAINED_SHARE = 0.5;
    private static final String ROUTE_LABEL = "route";

    /** A burst of 5xx on one route, from the server's series. */
    private record RouteBurst(String route, MetricSeries series, BurstWindows.Burst burst) {}

    /** Server series that moved during a burst: their references and their means during/outside it. */
    private record Moves(List<String> refs, Map<String, Double> means) {}

    @Override
    public String name() {
        return "error_burst";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        long tailFromMs = tailStart(context.input().timeline());
        List<BurstWindows.Bucket> judgedSeconds = clientSeconds(context.input().timeline(), tailFromMs);
        List<BurstWindows.Burst> bursts = BurstWindows.find(judgedSeconds, context.thresholds());
        List<RouteBurst> routeBursts = routeBursts(context, tailFromMs);
        List<ErrorCount> errors = context.input().errors();
        Workload workload = context.input().workload();
        Optional<List<EndpointErrorSeconds>> recorded = context.input().client().endpointErrors();
        List<EndpointBursts.EndpointBurst> endpointBursts = recorded.map(endpoints -> EndpointBursts.find(
                        endpoints, context.input().timeline(), tailFromMs, errors, workload, context.thresholds()))
                .orElse(List.of());
        List<String> failing = errors.stream()
                .map(ErrorCount::request)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        boolean throttlingOnly = !errors.isEmpty()
                && errors.stream().allMatch(e -> e.isRateLimit() || DroppedFrameTimeouts.isLostDelivery(e, workload));
        List<Finding> findings = new ArrayList<>();
        List<String> explainers = new ArrayList<>();
        double inClientBursts = 0;
        for (int i = 0; i < bursts.size(); i++) {
            BurstWindows.Burst burst = bursts.get(i);
            List<RouteBurst> overlapping =
                    routeBursts.stream().filter(r -> r.burst().overlaps(burst)).toList();
            List<EndpointBursts.EndpointBurst> endpointsInIt = endpointBursts.stream()
                    .filter(e -> e.burst().overlaps(burst))
                    .toList();
            Finding runWide = finding(i + 1, burst, overlapping, endpointsInIt, failing, throttlingOnly, context);
            findings.add(runWide);
            // The finding stands for the endpoint bursts it lists too, which may be longer and hold more errors.
            long spanS = Math.max(
                    burst.durationS(),
                    endpointsInIt.stream()
                            .mapToLong(e -> e.burst().durationS())
                            .max()
                            .orElse(0));
            double serverFailuresIn = Math.max(
                    serverFailuresIn(burst, recorded, errors, workload),
                    endpointsInIt.stream()
                            .mapToDouble(e -> serverFailuresIn(e, errors, workload))
                            .sum());
            if (!throttlingOnly && serverFailuresIn > 0 && confined(spanS, judgedSeconds.size())) {
                inClientBursts += serverFailuresIn;
                explainers.add(runWide.id());
            }
        }
        List<EndpointBursts.EndpointBurst> endpointsAlone = endpointBursts.stream()
                .filter(e -> bursts.stream().noneMatch(b -> b.overlaps(e.burst())))
                .sorted(Comparator.comparingLong(
                                (EndpointBursts.EndpointBurst e) -> e.burst().fromMs())
                        .thenComparing(EndpointBursts.EndpointBurst::request))
                .toList();
        List<RouteBurst> routesBeside = routeBursts.stream()
                .filter(r -> bursts.stream().noneMatch(b -> b.overlaps(r.burst())))
                .toList();
        for (int i = 0; i < endpointsAlone.size(); i++) {
            EndpointBursts.EndpointBurst endpoint = endpointsAlone.get(i);
            List<RouteBurst> sameWindow = routesBeside.stream()
                    .filter(r -> r.burst().overlaps(endpoint.burst()))
                    .toList();
            Finding finding = endpointFinding(i + 1, endpoint, sameWindow, errors, context);
            findings.add(finding);
            double serverFailuresIn = serverFailuresIn(endpoint, errors, workload);
            if (finding.severity() != Severity.INFO
                    && serverFailuresIn > 0
                    && confined(endpoint.burst().durationS(), judgedSeconds.size())) {
                inClientBursts += serverFailuresIn;
                explainers.add(finding.id());
            }
        }
        List<RouteBurst> alone = routesBeside.stream()
                .filter(r -> endpointsAlone.stream().noneMatch(e -> e.burst().overlaps(r.burst())))
                .sorted(Comparator.comparingLong((RouteBurst r) -> r.burst().fromMs())
                        .thenComparing(RouteBurst::route))
                .toList();
        List<String> failingWith5xx = errors.stream()
                .filter(ErrorCount::isServerError)
                .map(ErrorCount::request)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        for (int i = 0; i < alone.size(); i++) {
            findings.add(routeFinding(i + 1, alone.get(i), failingWith5xx, context));
        }
        if (recorded.isEmpty() && !errors.isEmpty()) {
            findings.add(endpointsNotJudged());
        }
        return explainingServerErrors(findings, explainers, inClientBursts, errors, context);
    }

    /**
     * When the client's confined bursts (run-wide and per endpoint) hold at least {@value #EXPLAINED_SHARE} of the
     * run's server failures (each request's errors in a burst weighted by the share of 5xx and timeouts among that
     * request's KOs: 429s and lost deliveries are no server failures), they are where the run's server errors happened: each of
     * their findings explains the {@code server_errors} finding, so it ranks before it whatever the two severities.
     */
    private static List<Finding> explainingServerErrors(
            List<Finding> findings,
            List<String> explainers,
            double inClientBursts,
            List<ErrorCount> errors,
            RuleContext context) {
        long serverFailures = ServerFailures.count(errors, context.input().workload());
        if (serverFailures == 0 || inClientBursts < EXPLAINED_SHARE * serverFailures) {
            return findings;
        }
        return findings.stream()
                .map(f -> explainers.contains(f.id()) ? f.explaining(List.of(ServerErrorRule.ID)) : f)
                .toList();
    }

    /**
     * The server failures among a run-wide burst's errors: each request's KOs in the burst's seconds weighted by the
     * share of server failures among that request's KOs over the run; without per-request error seconds (an older
     * summary), the burst's errors weighted by the run's share.
     */
    private static double serverFailuresIn(
            BurstWindows.Burst burst,
            Optional<List<EndpointErrorSeconds>> recorded,
            List<ErrorCount> errors,
            Workload workload) {
        if (recorded.isEmpty()) {
            return burst.errors() * ServerFailures.share(errors, workload);
        }
        double failures = 0;
        for (EndpointErrorSeconds endpoint : recorded.get()) {
            long inBurst = endpoint.seconds().stream()
                    .filter(second -> second.epochMs() >= burst.fromMs() && second.epochMs() < burst.toMs())
                    .mapToLong(EndpointErrorSeconds.Second::errors)
                    .sum();
            if (inBurst > 0) {
                failures += inBurst * ServerFailures.share(ofRequest(errors, endpoint.request()), workload);
            }
        }
        return failures;
    }

    private static List<ErrorCount> ofRequest(List<ErrorCount> errors, String request) {
        return errors.stream().filter(e -> request.equals(e.request())).toList();
    }

    /**
     * The server failures among an endpoint burst's errors: its errors weighted by the share of server failures among
     * that request's KOs over the run (a burst of 429s holds none).
     */
    private static double serverFailuresIn(
            EndpointBursts.EndpointBurst endpoint, List<ErrorCount> errors, Workload workload) {
        return endpoint.burst().errors() * ServerFailures.share(ofRequest(errors, endpoint.request()), workload);
    }

    /**
     * A burst (with the endpoint bursts its finding lists) that lasted at most {@value #EXPLAINED_SHARE} of the run's
     * judged seconds: errors over most of the run are the run's error rate, which a window around them does not
     * explain.
     */
    private static boolean confined(long durationS, long judgedSeconds) {
        return durationS <= EXPLAINED_SHARE * judgedSeconds;
    }

    /**
     * Start of the ramp-down tail: the end of the last second whose responses reach {@value #TAIL_SHARE} of the median
     * of the seconds with responses; {@code Long.MAX_VALUE} without a timeline.
     */
    static long tailStart(List<SecondSample> timeline) {
        double[] responses = timeline.stream()
                .mapToLong(SecondSample::responses)
                .filter(r -> r > 0)
                .asDoubleStream()
                .toArray();
        if (responses.length == 0) {
            return Long.MAX_VALUE;
        }
        double median = Medians.of(responses);
        return timeline.stream()
                .filter(s -> s.responses() >= TAIL_SHARE * median)
                .mapToLong(s -> s.epochMs() + 1000)
                .max()
                .orElse(Long.MAX_VALUE);
    }

    private static List<BurstWindows.Bucket> clientSeconds(List<SecondSample> timeline, long tailFromMs) {
        return timeline.stream()
                .filter(s -> s.epochMs() < tailFromMs)
                .sorted(Comparator.comparingLong(SecondSample::epochMs))
                .map(s -> new BurstWindows.Bucket(s.epochMs(), s.epochMs() + 1000, s.errors(), s.responses()))
                .toList();
    }

    /** Bursts in each route's 5xx rate against its request rate, interval by interval of the server's samples. */
    private static List<RouteBurst> routeBursts(RuleContext context, long tailFromMs) {
        Map<String, MetricSeries> requestsByRoute = new TreeMap<>();
        for (MetricSeries s : context.input().series(ServerSeriesIds.REQUESTS_BY_ROUTE)) {
            String route = s.labels().get(ROUTE_LABEL);
            if (route != null && !route.isEmpty()) {
                requestsByRoute.put(route, s);
            }
        }
        List<RouteBurst> bursts = new ArrayList<>();
        for (MetricSeries errors : context.input().series(ServerSeriesIds.HTTP_5XX_BY_ROUTE)) {
            String route = errors.labels().get(ROUTE_LABEL);
            MetricSeries requests = route == null ? null : requestsByRoute.get(route);
            if (requests == null) {
                continue;
            }
            for (BurstWindows.Burst burst :
                    BurstWindows.find(intervals(errors, requests, tailFromMs), context.thresholds())) {
                bursts.add(new RouteBurst(route, errors, burst));
            }
        }
        return bursts;
    }

    /** The intervals between consecutive samples of the request rate, with the 5xx and all responses in each. */
    private static List<BurstWindows.Bucket> intervals(
            MetricSeries errorRate, MetricSeries requestRate, long tailFromMs) {
        Map<Long, Double> errorsAt = new TreeMap<>();
        errorRate.points().forEach(p -> errorsAt.put(p.epochMs(), p.value()));
        List<MetricPoint> points = requestRate.points().stream()
                .filter(p -> Double.isFinite(p.value()))
                .sorted(Comparator.comparingLong(MetricPoint::epochMs))
                .toList();
        List<BurstWindows.Bucket> buckets = new ArrayList<>();
        for (int i = 1; i < points.size() && points.get(i).epochMs() <= tailFromMs; i++) {
            long from = points.get(i - 1).epochMs();
            long to = points.get(i).epochMs();
            double seconds = (to - from) / 1000.0;
            double errors = errorsAt.getOrDefault(to, 0.0);
            buckets.add(new BurstWindows.Bucket(
                    from,
                    to,
                    Double.isFinite(errors) ? errors * seconds : 0,
                    points.get(i).value() * seconds));
        }
        return buckets;
    }

    /**
     * @param failing        the requests that failed anywhere in the run, sorted
     * @param throttlingOnly every KO of the run is a 429 or a lost WebSocket delivery, which findings of their own report
     */
    private Finding finding(
            int index,
            BurstWindows.Burst burst,
            List<RouteBurst> routes,
            List<EndpointBursts.EndpointBurst> endpoints,
            List<String> failing,
            boolean throttlingOnly,
            RuleContext context) {
        String id = "error_burst." + index;
        long durationS = burst.durationS();
        Map<String, Double> values = burst.evidenceValues();
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence(id, "gatling", failing, burst.fromMs(), burst.toMs(), values));
        if (!routes.isEmpty()) {
            evidence.add(routeEvidence(id, routes, burst));
        }
        if (!endpoints.isEmpty()) {
            Map<String, Double> endpointErrors = new TreeMap<>();
            endpoints.forEach(e -> endpointErrors.merge(e.request(), e.burst().errors(), Double::sum));
            evidence.add(new Evidence(
                    id + ".endpoints",
                    "gatling",
                    List.copyOf(endpointErrors.keySet()),
                    burst.fromMs(),
                    burst.toMs(),
                    endpointErrors));
        }
        Moves moved = movedSeries(
                context.input().server(), burst, context.thresholds().serverMoveFactor());
        if (!moved.refs().isEmpty()) {
            evidence.add(new Evidence(
                    id + ".server",
                    "metrics",
                    moved.refs(),
                    burst.fromMs() - PAD_MS,
                    burst.toMs() + PAD_MS,
                    moved.means()));
        }
        String requests = failing.isEmpty() ? "requests not attributed" : String.join(", ", failing);
        return new Finding(
                id,
                name(),
                Category.ERRORS,
                throttlingOnly ? Severity.INFO : Severity.WARNING,
                burst.errors(),
                "Error burst of " + durationS + " s with " + Quantities.plain(burst.errors()) + " errors"
                        + (burst.recovered() ? "" : ", not recovered by the end of the run"),
                "For " + durationS + " s, " + context.clock().window(burst.fromMs(), burst.toMs()) + ", "
                        + Quantities.plain(burst.errors()) + " of "
                        + Quantities.plain(burst.responses()) + " responses failed (peak "
                        + Quantities.pct(burst.peakPct())
                        + " per second), where the rest of the run's error rate of "
                        + Quantities.pct(burst.chance().backgroundRatePct()) + " would give "
                        + Quantities.plain(burst.chance().expectedErrors())
                        + " errors; requests that failed during the run: "
                        + requests + "."
                        + (burst.recovered()
                                ? " The error rate went back under the burst rate afterwards."
                                : " The errors went on until the end of the run (ramp-down tail excluded).")
                        + (routes.isEmpty()
                                ? ""
                                : " Routes with their own 5xx burst in it: "
                                        + String.join(
                                                ", ",
                                                routes.stream()
                                                        .map(RouteBurst::route)
                                                        .distinct()
                                                        .toList()) + ".")
                        + (endpoints.isEmpty()
                                ? ""
                                : " Requests with their own error burst in it: "
                                        + String.join(
                                                ", ",
                                                endpoints.stream()
                                                        .map(EndpointBursts.EndpointBurst::request)
                                                        .distinct()
                                                        .sorted()
                                                        .toList())
                                        + ".")
                        + (moved.refs().isEmpty()
                                ? " No server series moved during the burst."
                                : " Server series that moved: " + String.join(", ", moved.refs()) + ".")
                        + (throttlingOnly
                                ? explainedElsewhere(
                                        context.input().errors(),
                                        context.input().workload())
                                : "")
                        + " Source: " + DataSources.CLIENT
                        + (routes.isEmpty() && moved.refs().isEmpty()
                                ? ""
                                : " and " + DataSources.metrics(context.input()))
                        + ".",
                "Correlate the burst window with the server logs and the series that moved.",
                evidence);
    }

    /** Which findings of their own report the errors of a run made only of 429s and lost deliveries. */
    private static String explainedElsewhere(List<ErrorCount> errors, Workload workload) {
        boolean limited = errors.stream().anyMatch(ErrorCount::isRateLimit);
        boolean lost = errors.stream().anyMatch(e -> DroppedFrameTimeouts.isLostDelivery(e, workload));
        if (limited && lost) {
            return " Every error of the run is a 429 or a lost WebSocket delivery: see the rate-limiting and "
                    + "lost-deliveries findings.";
        }
        return limited
                ? " Every error of the run is a 429: see the rate-limiting finding."
                : " Every error of the run is a lost WebSocket delivery: see the lost-deliveries finding.";
    }

    /**
     * A burst on one request seen by the client, with the server routes whose own 5xx burst overlaps it (one finding
     * naming both sources). INFO when every KO of that request is a 429: the rate-limit finding reports the cause.
     */
    private Finding endpointFinding(
            int index,
            EndpointBursts.EndpointBurst endpoint,
            List<RouteBurst> routes,
            List<ErrorCount> errors,
            RuleContext context) {
        String id = "error_burst.endpoint." + index;
        BurstWindows.Burst burst = endpoint.burst();
        double sharePct = burst.sharePct();
        List<ErrorCount> own = ofRequest(errors, endpoint.request());
        boolean rateLimitedOnly = !own.isEmpty() && own.stream().allMatch(ErrorCount::isRateLimit);
        List<String> messages = own.stream()
                .sorted(Comparator.comparingLong(ErrorCount::count).reversed())
                .map(ErrorCount::message)
                .distinct()
                .limit(3)
                .toList();
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence(
                id, "gatling", List.of(endpoint.request()), burst.fromMs(), burst.toMs(), burst.evidenceValues()));
        if (!routes.isEmpty()) {
            evidence.add(routeEvidence(id, routes, burst));
        }
        String routeNames = String.join(
                ", ", routes.stream().map(RouteBurst::route).distinct().toList());
        return new Finding(
                id,
                name(),
                Category.ERRORS,
                rateLimitedOnly ? Severity.INFO : Severity.WARNING,
                burst.errors(),
                "Error burst on " + endpoint.request() + ": " + burst.durationS() + " s with "
                        + Quantities.pct(sharePct) + " of its calls failed"
                        + (burst.recovered() ? "" : ", not recovered by the end of the run"),
                "Request " + endpoint.request() + " failed " + Quantities.plain(Math.round(burst.errors()))
                        + " of about " + Quantities.plain(Math.round(burst.responses())) + " calls "
                        + context.clock().window(burst.fromMs(), burst.toMs()) + " (peak "
                        + Quantities.pct(burst.peakPct()) + " per second, "
                        + Quantities.pct(burst.chance().backgroundRatePct())
                        + " on the rest of the run, where "
                        + Quantities.plain(burst.chance().expectedErrors())
                        + " errors would be expected), "
                        + (burst.recovered()
                                ? "then recovered"
                                : "and had not recovered when the run ended (ramp-down tail excluded)")
                        + "; the run-wide error share stayed under the burst rate."
                        + (messages.isEmpty() ? "" : " Its errors over the run: " + String.join("; ", messages) + ".")
                        + (routes.isEmpty()
                                ? ""
                                : " The server saw its own 5xx burst in the same window on " + routeNames + ".")
                        + (rateLimitedOnly
                                ? " Every error of this request is a 429: see the rate-limiting finding."
                                : "")
                        + " Source: " + DataSources.CLIENT + " (errors per request and second)"
                        + (routes.isEmpty()
                                ? ""
                                : " and " + DataSources.metrics(context.input()) + " (5xx and request rates by route)")
                        + ".",
                "Read the server log of " + (routes.isEmpty() ? "the route behind " + endpoint.request() : routeNames)
                        + " in that window and what it depends on (a downstream call, a deployment, a lock).",
                evidence);
    }

    /** The run has KOs but its summary predates per-request error seconds: only run-wide and route bursts ran. */
    private Finding endpointsNotJudged() {
        String id = "error_burst.endpoints_not_judged";
        return new Finding(
                id,
                name(),
                Category.ERRORS,
                Severity.INFO,
                0,
                "Error bursts per endpoint from client data could not be judged",
                "The run's summary.json was written before the client recorded errors per request and second, so "
                        + "bursts on one endpoint were looked for only run-wide and in the server's 5xx by route, "
                        + "where a server exports them. Source: " + DataSources.CLIENT + ".",
                "Build the report again from the run's simulation.log (the report step rewrites summary.json) to judge each endpoint.",
                List.of(Evidence.wholeRun(id, "gatling", List.of(), Map.of())));
    }

    private Finding routeFinding(int index, RouteBurst route, List<String> failingWith5xx, RuleContext context) {
        String id = "error_burst.route." + index;
        BurstWindows.Burst burst = route.burst();
        double sharePct = burst.sharePct();
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence(
                id, "metrics", List.of(route.series().ref()), burst.fromMs(), burst.toMs(), burst.evidenceValues()));
        if (!failingWith5xx.isEmpty()) {
            evidence.add(Evidence.wholeRun(
                    id + ".client", "gatling", failingWith5xx, Map.of("requests", (double) failingWith5xx.size())));
        }
        return new Finding(
                id,
                name(),
                Category.ERRORS,
                Severity.WARNING,
                burst.errors(),
                "Error burst on " + route.route() + ": " + burst.durationS() + " s with "
                        + Quantities.pct(sharePct) + " of its calls answered 5xx"
                        + (burst.recovered() ? "" : ", not recovered by the end of the run"),
                "Route " + route.route() + " answered about " + Quantities.plain(Math.round(burst.errors()))
                        + " of its " + Quantities.plain(Math.round(burst.responses())) + " calls with 5xx "
                        + context.clock().window(burst.fromMs(), burst.toMs()) + " (peak "
                        + Quantities.pct(burst.peakPct()) + " per interval, "
                        + Quantities.pct(burst.chance().backgroundRatePct())
                        + " on the rest of the run), "
                        + (burst.recovered() ? "then recovered" : "and had not recovered when the run ended")
                        + "; the run-wide error share stayed under the burst rate. Source: "
                        + DataSources.metrics(context.input()) + " (5xx and request rates by route)"
                        + (failingWith5xx.isEmpty()
                                ? "."
                                : "; requests the client saw fail with 5xx during the run: "
                                        + String.join(", ", failingWith5xx) + "."),
                "Read the server log of " + route.route() + " in that window and what it depends on (a downstream "
                        + "call, a deployment, a lock).",
                evidence);
    }

    /** The server routes whose own 5xx burst lies in a client burst's window: their errors, in that window. */
    private static Evidence routeEvidence(String id, List<RouteBurst> routes, BurstWindows.Burst burst) {
        Map<String, Double> routeErrors = new TreeMap<>();
        routes.forEach(r -> routeErrors.merge(r.route(), r.burst().errors(), Double::sum));
        return new Evidence(
                id + ".routes",
                "metrics",
                routes.stream().map(r -> r.series().ref()).distinct().toList(),
                burst.fromMs(),
                burst.toMs(),
                routeErrors);
    }

    private Moves movedSeries(List<MetricSeries> server, BurstWindows.Burst burst, double factor) {
        List<String> refs = new ArrayList<>();
        Map<String, Double> means = new TreeMap<>();
        for (MetricSeries s : server) {
            OptionalDouble inside = s.meanBetween(burst.fromMs() - PAD_MS, burst.toMs() + PAD_MS);
            OptionalDouble outside = s.meanOutside(burst.fromMs() - PAD_MS, burst.toMs() + PAD_MS);
            if (inside.isEmpty() || outside.isEmpty()) {
                continue;
            }
            double base = Math.max(Math.abs(outside.getAsDouble()), 1e-9);
            if (Math.abs(inside.getAsDouble() - outside.getAsDouble()) / base >= factor) {
                refs.add(s.ref());
                means.put(s.ref() + ".during", inside.getAsDouble());
                means.put(s.ref() + ".outside", outside.getAsDouble());
            }
        }
        return new Moves(refs, means);
    }
}
