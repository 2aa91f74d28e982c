package dev.stressgate.report.render;

import dev.stressgate.report.render.view.AiSectionView;
import dev.stressgate.report.render.view.BaselineRow;
import dev.stressgate.report.render.view.BaselineView;
import dev.stressgate.report.render.view.ChartPoint;
import dev.stressgate.report.render.view.ChartSeries;
import dev.stressgate.report.render.view.ChartView;
import dev.stressgate.report.render.view.CheckOutcome;
import dev.stressgate.report.render.view.CheckRow;
import dev.stressgate.report.render.view.DroppedItem;
import dev.stressgate.report.render.view.ErrorRow;
import dev.stressgate.report.render.view.FindingView;
import dev.stressgate.report.render.view.IndexRunRow;
import dev.stressgate.report.render.view.IndexView;
import dev.stressgate.report.render.view.LatencyRow;
import dev.stressgate.report.render.view.LogExcerptRow;
import dev.stressgate.report.render.view.ProfileTrend;
import dev.stressgate.report.render.view.ReportView;
import dev.stressgate.report.render.view.RunHeaderView;
import dev.stressgate.report.render.view.SourceHealthRow;
import dev.stressgate.report.render.view.StatsRow;
import dev.stressgate.report.render.view.VerdictView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Presentation models built by hand for the rendering tests: realistic figures, plus hostile strings where data
 * from the outside world ends up (log lines, request names, KO messages, chart labels).
 */
final class SampleViews {
    static final String SCRIPT_LOG_LINE = "user bio was <script>alert(1)</script> & more";
    static final String HOSTILE_REQUEST = "posts: <b>create</b> | \"quoted\" & 'single' *bold* [x](y)";
    static final String BREAKOUT_LABEL = "p95 </script><script>alert('chart')</script>";
    static final String HOSTILE_CHECK = "no regression in \"posts: <b>create</b>\" & 'feed' ]]> <!-- x -->";
    static final double DURATION_SECONDS = 300;

    private SampleViews() {}

    static ReportView report() {
        RunHeaderView header = new RunHeaderView(
                "20261122T050000Z-smoke",
                "smoke",
                "dev.stressgate.simulations.SocialMixedSimulation",
                "http://127.0.0.1:8375",
                "2026-11-22T05:00:00Z",
                "2026-11-22T05:05:00Z",
                DURATION_SECONDS,
                "3.15.1",
                "abc1234");
        VerdictView verdict = new VerdictView(
                "WARNING",
                "WARNING",
                List.of("SLO 'p95 latency' failed: 912 ms > 800 ms", "1 request in 12 ran into rate limits (429)"),
                "p95 latency exceeded its SLO while error rate stayed within target; rate limiting on login explains most KOs.",
                null,
                "Model's analysis (llama3.2:3b): rate limiting on login explains most KOs.");
        List<CheckRow> slos = List.of(
                new CheckRow("p95 latency", "<= 800 ms", "912 ms", CheckOutcome.FAIL, "global p95 over the whole run"),
                new CheckRow("error rate", "<= 1 %", "0.42 %", CheckOutcome.PASS, null),
                new CheckRow(
                        "chat delivery p99", "<= 250 ms", null, CheckOutcome.NO_DATA, "no chat_ws checks recorded"));
        List<CheckRow> gates = List.of(
                new CheckRow("no critical alerts", "0 firing", "0 firing", CheckOutcome.PASS, null),
                new CheckRow(
                        HOSTILE_CHECK,
                        "p95 change <= +20 %",
                        "+42.5 %",
                        CheckOutcome.FAIL,
                        "baseline 640 ms, now 912 ms"));
        StatsRow global = stats("All requests", 12_480, 52, 3, 88, 61, 140, 912, 1410, 2210, 41.6);
        List<StatsRow> requests = List.of(
                stats("auth: login", 1_200, 48, 9, 120, 98, 190, 640, 980, 1500, 4),
                stats("feed: list posts", 4_800, 0, 4, 70, 55, 110, 420, 760, 1210, 16),
                stats(HOSTILE_REQUEST, 1_800, 4, 8, 150, 120, 260, 912, 1400, 2210, 6),
                stats("chat_ws: message delivered", 2_400, 0, 1, 22, 18, 35, 80, 140, 260, 8));
        List<StatsRow> groups = List.of(
                stats("auth", 2_400, 48, 3, 95, 80, 150, 560, 900, 1500, 8),
                stats("feed", 4_800, 0, 4, 70, 55, 110, 420, 760, 1210, 16));
        List<ErrorRow> errors = List.of(
                new ErrorRow("status 429 (expected 200)", 40, 76.92),
                new ErrorRow("status 500 (expected 201) <html>oops</html>", 12, 23.08));
        List<LatencyRow> websocket = List.of(new LatencyRow("chat_ws: message delivered", 2_400, 18, 80, 140, 260));
        List<ChartView> charts = List.of(
                new ChartView(
                        "latency",
                        "Response time percentiles and active users",
                        "ms",
                        "users",
                        List.of(
                                series("p50", "y", i -> 50 + 10 * Math.sin(i / 6.0)),
                                series(BREAKOUT_LABEL, "y", i -> 400 + 300 * Math.sin(i / 9.0) + 2 * i),
                                series("active users", "y2", i -> Math.min(60, i * 1.5))),
                        null),
                new ChartView(
                        "throughput",
                        "Requests and errors per second",
                        "per second",
                        null,
                        List.of(
                                series("requests/s", "y", i -> 30 + 15 * Math.sin(i / 5.0) + i * 0.1),
                                series("errors/s", "y", i -> i % 17 == 0 ? 3 : 0)),
                        null),
                new ChartView(
                        "cpu",
                        "Server CPU",
                        "cores",
                        null,
                        List.of(series("process CPU", "y", i -> 0.4 + 0.3 * Math.sin(i / 7.0) + 0.3)),
                        null),
                new ChartView(
                        "memory",
                        "Server memory",
                        "MiB",
                        null,
                        List.of(
                                series("JVM heap used", "y", i -> 180 + 60 * Math.sin(i / 11.0) + i),
                                series("resident", "y", i -> 420 + i * 0.8)),
                        null),
                new ChartView(
                        "database",
                        "Database query latency",
                        "ms",
                        null,
                        List.of(),
                        "Database latency unavailable: metric sanctum_database_query_latency_seconds absent from scrape.jsonl"));
        List<SourceHealthRow> sources = List.of(
                new SourceHealthRow("gatling", "simulation.log", "OK", "12480 requests parsed"),
                new SourceHealthRow(
                        "metrics",
                        "scrape",
                        "DEGRADED",
                        "Prometheus at http://localhost:9090 unreachable (Connection refused); used scrape.jsonl, coverage 96 %"),
                new SourceHealthRow("logs", "file", "OK", "tmp/socialapp/socialapp.log, 3 excerpts"),
                new SourceHealthRow("ai", "ollama", "MISSING", "disabled with --no-ai"));
        List<LogExcerptRow> logs = List.of(
                new LogExcerptRow("2026-11-22T05:02:13.120Z", "ERROR", "severity", SCRIPT_LOG_LINE),
                new LogExcerptRow(
                        "2026-11-22T05:02:14.004Z",
                        "WARN",
                        "rate_limit",
                        "rate limit hit for route /api/auth/login token=[REDACTED]"),
                new LogExcerptRow(
                        "2026-11-22T05:03:00.000Z",
                        "ERROR",
                        "severity",
                        "line one\nline two \u001b[31mred\u001b[0m\rcarriage"));
        List<FindingView> findings = List.of(
                new FindingView(
                        "WARNING",
                        "p95 latency above SLO",
                        "posts create dominates the tail",
                        "rule",
                        List.of("p95 912 ms vs 800 ms target", "posts: create p95 912 ms")),
                new FindingView("INFO", "Rate limiting on login", "", "rule", List.of("40 KOs with 429")));
        BaselineView baseline = new BaselineView(
                "20261121T050000Z-smoke",
                List.of(
                        new BaselineRow("p95 (ms)", "640", "912", "+42.5 %", "REGRESSION"),
                        new BaselineRow("error rate (%)", "0.5", "0.42", "-0.08 pp", "UNCHANGED"),
                        new BaselineRow("throughput (req/s)", "40.1", "41.6", "+3.7 %", "IMPROVEMENT")),
                null);
        AiSectionView ai = new AiSectionView(
                true,
                "llama3.2:3b",
                "WARNING",
                "Latency tail driven by post creation.",
                0.62,
                List.of("posts: create"),
                List.of("database write contention"),
                List.of("profile INSERT path"),
                List.of(new DroppedItem(
                        "finding 'GC pauses'", "cites metric jvm_gc_pause_seconds absent from the run")),
                null);
        return new ReportView(
                header,
                verdict,
                slos,
                gates,
                global,
                requests,
                groups,
                errors,
                websocket,
                DURATION_SECONDS,
                charts,
                sources,
                logs,
                findings,
                baseline,
                ai,
                "gatling/socialmixedsimulation-20261122050001/index.html",
                null,
                List.of());
    }

    static IndexView index() {
        return new IndexView(
                "stress-runs",
                List.of(
                        new IndexRunRow(
                                "20261122T050000Z-smoke",
                                "smoke",
                                "WARNING",
                                912.0,
                                0.42,
                                41.6,
                                "20261122T050000Z-smoke/report.html",
                                null),
                        new IndexRunRow(
                                "20261121T090000Z-high",
                                "high",
                                "CRITICAL",
                                2310.0,
                                7.5,
                                120.3,
                                "20261121T090000Z-high/report.html",
                                null),
                        new IndexRunRow(
                                "20261121T050000Z-smoke",
                                "smoke",
                                "HEALTHY",
                                640.0,
                                0.5,
                                40.1,
                                "20261121T050000Z-smoke/report.html",
                                null),
                        new IndexRunRow(
                                "20261120T050000Z-<b>odd</b>",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                "summary.json missing")),
                List.of(
                        new ProfileTrend(
                                "smoke",
                                List.of("20261120T050000Z-smoke", "20261121T050000Z-smoke", "20261122T050000Z-smoke"),
                                Arrays.asList(700.0, 640.0, 912.0),
                                Arrays.asList(null, 0.5, 0.42),
                                Arrays.asList(39.0, 40.1, 41.6)),
                        new ProfileTrend(
                                "high",
                                List.of("20261121T090000Z-high"),
                                List.of(2310.0),
                                List.of(7.5),
                                List.of(120.3))));
    }

    private static StatsRow stats(
            String name,
            long count,
            long ko,
            double min,
            double mean,
            double p50,
            double p75,
            double p95,
            double p99,
            double max,
            double rps) {
        return new StatsRow(
                name,
                count,
                count - ko,
                ko,
                count == 0 ? 0 : 100.0 * ko / count,
                min,
                mean,
                p50,
                p75,
                p95,
                p99,
                max,
                rps);
    }

    private static ChartSeries series(String label, String axis, IntToDoubleFunction value) {
        List<ChartPoint> points = new ArrayList<>();
        for (int second = 0; second <= DURATION_SECONDS; second += 5) {
            points.add(new ChartPoint(second, Math.round(value.applyAsDouble(second) * 100) / 100.0));
        }
        return new ChartSeries(label, axis, points);
    }
}
