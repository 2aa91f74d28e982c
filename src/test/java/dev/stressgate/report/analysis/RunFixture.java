package dev.stressgate.report.analysis;

import dev.stressgate.profile.ProfileKind;
import dev.stressgate.profile.Slo;
import dev.stressgate.profile.SloMetric;
import dev.stressgate.report.sources.metrics.FiredAlert;
import dev.stressgate.run.Workload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongToDoubleFunction;

/**
 * Crafted run data for rule tests. {@link #healthy()} is a 300 s run at a steady 100 users after a 60 s ramp, 100
 * responses/s with p95 120 ms, no errors, quiet server series and four SLOs that all pass; each test changes only
 * what its rule looks at.
 */
public final class RunFixture {

    public static final long START = 1_763_787_600_000L;
    static final int SECONDS = 300;

    RequestStats global = new RequestStats("global", 30_000, 0, 60, 50, 50, 120, 180, 180, 100);
    final List<RequestStats> requests = new ArrayList<>(List.of(
            new RequestStats("feed: list posts", 12_000, 0, 40, 35, 35, 90, 130, 130, 40),
            new RequestStats("posts: create", 9_000, 0, 80, 70, 70, 150, 200, 200, 30),
            new RequestStats("chat_ws: connect", 3_000, 0, 30, 25, 25, 60, 90, 90, 10),
            new RequestStats("chat_ws: message delivered", 6_000, 0, 20, 15, 15, 45, 70, 70, 20)));
    final List<RequestStats> groups = new ArrayList<>(List.of(
            new RequestStats("feed", 12_000, 0, 40, 35, 35, 90, 130, 130, 40),
            new RequestStats("posts", 9_000, 0, 80, 70, 70, 150, 200, 200, 30),
            new RequestStats("chat_ws", 9_000, 0, 25, 20, 20, 55, 80, 80, 30)));
    final List<SecondSample> timeline = new ArrayList<>();
    final List<ErrorCount> errors = new ArrayList<>();
    final List<MetricSeries> server = new ArrayList<>();
    public LogDigest logs = LogDigest.empty();
    public final List<Slo> slos = new ArrayList<>(List.of(
            new Slo(SloMetric.P95_MS, Slo.GLOBAL, 300),
            new Slo(SloMetric.ERROR_RATE_PCT, Slo.GLOBAL, 1),
            new Slo(SloMetric.WS_CONNECT_SUCCESS_PCT, Slo.GLOBAL, 99),
            new Slo(SloMetric.CHAT_DELIVERY_P95_MS, Slo.GLOBAL, 500)));
    public final List<FiredAlert> alerts = new ArrayList<>();
    public final List<InjectorLoad> injectors = new ArrayList<>();
    ProfileKind profileKind = ProfileKind.LOAD;
    /** The reference workload's shape: an auth flow, two WebSocket flows, chat delivery measured by its own check. */
    Workload workload = new Workload(List.of(
            new Workload.Flow("auth", "auth", Workload.Transport.HTTP, null),
            new Workload.Flow("feed", "social", Workload.Transport.HTTP, null),
            new Workload.Flow("posts", "social", Workload.Transport.HTTP, null),
            new Workload.Flow("chat_ws", "realtime", Workload.Transport.WEBSOCKET, "chat_ws: message delivered"),
            new Workload.Flow("game_ws", "realtime", Workload.Transport.WEBSOCKET, null)));

    Baseline baseline;
    LatencyDistributions distributions = LatencyDistributions.none();
    /** Per-request error seconds of the client; null as for a summary written before they were recorded. */
    List<EndpointErrorSeconds> endpointErrors = new ArrayList<>();

    public static RunFixture healthy() {
        RunFixture f = new RunFixture();
        for (int s = 0; s < SECONDS; s++) {
            long users = Math.min(100, 10 + s * 90L / 60);
            f.timeline.add(new SecondSample(START + s * 1000L, users, users, 0, users, 120));
        }
        f.series("cpu", "percent", s -> 40 + (s % 10));
        f.series("resident_memory", "bytes", s -> 420e6 + (s % 20) * 1e6);
        f.series("heap_used", "bytes", s -> 200e6 + (s % 30) * 5e6);
        f.series("gc_time", "percent", s -> 2);
        f.series("db_latency_p95", "ms", s -> 8);
        f.series("pool_pending", "count", s -> 0);
        f.series("pool_acquire_p95", "ms", s -> 1);
        f.series("ws_backpressure_drops", "per_second", s -> 0);
        f.series("ws_rejected", "per_second", s -> 0);
        f.series("http_429_rate", "per_second", s -> 0);
        f.series("http_5xx_rate", "per_second", s -> 0);
        return f;
    }

    /** Replaces (or adds) a server series sampled every 5 s over the run, value by second of the run. */
    RunFixture series(String id, String unit, LongToDoubleFunction valueAtSecond) {
        return series(id, unit, Map.of(), valueAtSecond);
    }

    /** Replaces (or adds) every line of a server series by one line with these labels. */
    RunFixture series(String id, String unit, Map<String, String> labels, LongToDoubleFunction valueAtSecond) {
        return series(id, unit, labels, 5, SECONDS, valueAtSecond);
    }

    /** Replaces every line of a server series by one sampled every {@code stepSeconds} up to {@code untilSecond}. */
    RunFixture series(
            String id,
            String unit,
            Map<String, String> labels,
            long stepSeconds,
            long untilSecond,
            LongToDoubleFunction valueAtSecond) {
        server.removeIf(s -> s.id().equals(id));
        return addLine(id, unit, labels, stepSeconds, untilSecond, valueAtSecond);
    }

    /** Adds one more line to a server series (e.g. a second route or operation), sampled every 5 s. */
    RunFixture addLine(String id, String unit, Map<String, String> labels, LongToDoubleFunction valueAtSecond) {
        return addLine(id, unit, labels, 5, SECONDS, valueAtSecond);
    }

    /** Adds one more line to a server series, sampled every {@code stepSeconds} up to {@code untilSecond}. */
    RunFixture addLine(
            String id,
            String unit,
            Map<String, String> labels,
            long stepSeconds,
            long untilSecond,
            LongToDoubleFunction valueAtSecond) {
        List<MetricPoint> points = new ArrayList<>();
        for (long s = 0; s < untilSecond; s += stepSeconds) {
            points.add(new MetricPoint(START + s * 1000, valueAtSecond.applyAsDouble(s)));
        }
        server.add(new MetricSeries(id, id, unit, labels, points));
        return this;
    }

    /** Removes a server series, as for a target that does not export it. */
    RunFixture without(String id) {
        server.removeIf(s -> s.id().equals(id));
        return this;
    }

    /** Replaces the timeline: users, responses, errors and p95 by second of the run. */
    RunFixture timeline(
            LongToDoubleFunction users,
            LongToDoubleFunction responses,
            LongToDoubleFunction errorsAt,
            LongToDoubleFunction p95) {
        timeline.clear();
        for (int s = 0; s < SECONDS; s++) {
            long r = (long) responses.applyAsDouble(s);
            timeline.add(new SecondSample(
                    START + s * 1000L,
                    r,
                    r,
                    (long) errorsAt.applyAsDouble(s),
                    (long) users.applyAsDouble(s),
                    p95.applyAsDouble(s)));
        }
        return this;
    }

    RunFixture replaceRequest(RequestStats stats) {
        requests.removeIf(r -> r.name().equals(stats.name()));
        requests.add(stats);
        return this;
    }

    public RunFixture error(String message, String request, long count) {
        errors.add(new ErrorCount(message, request, count));
        global = new RequestStats(
                "global",
                global.count(),
                global.ko() + count,
                global.meanMs(),
                global.p50Ms(),
                global.p75Ms(),
                global.p95Ms(),
                global.p99Ms(),
                global.maxMs(),
                global.rps());
        return this;
    }

    public AnalysisInput input() {
        Map<String, SourceAvailability> sources = new HashMap<>();
        sources.put("gatling", new SourceAvailability("gatling", "simulation.log", true, null));
        sources.put("metrics", new SourceAvailability("metrics", "scrape", true, null));
        sources.put("logs", new SourceAvailability("logs", "file", true, null));
        return new AnalysisInput(
                new RunInfo("20261122T050000Z-medium", "medium", profileKind, START, START + SECONDS * 1000L),
                new ClientSnapshot(global, requests, groups, distributions, Optional.ofNullable(endpointErrors)),
                timeline,
                errors,
                server,
                logs,
                slos,
                sources,
                Optional.ofNullable(baseline),
                alerts,
                workload,
                injectors);
    }

    public Analysis analyze() {
        return AnalysisEngine.standard(AnalysisThresholds.defaults()).analyze(input());
    }
}
