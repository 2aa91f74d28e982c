package dev.stressgate.report.sources.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stressgate.report.sources.RunWindow;
import dev.stressgate.report.sources.SourceStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scrape fallback as the report meets it: Prometheus unreachable, series computed from scrape.jsonl. */
class ScrapeFallbackTest {

    private static final long T0 = 1_732_251_600_000L;

    @TempDir
    Path runDir;

    private MetricsCollector collector;

    @BeforeEach
    void collectorWithUnreachablePrometheus() throws IOException {
        collector = ScrapeFixture.collectorWithoutPrometheus();
    }

    private static String exposition(double ok, Double errors, double fast, double medium, double all, double cpu) {
        return "# HELP http_requests_total Requests.\n"
                + "# TYPE http_requests_total counter\n"
                + "http_requests_total{method=\"GET\",route=\"/api/posts\",status=\"200\"} " + ok + "\n"
                + (errors == null
                        ? ""
                        : "http_requests_total{method=\"POST\",route=\"/api/posts\",status=\"500\"} " + errors + "\n")
                + "# TYPE http_request_duration_seconds histogram\n"
                + "http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/posts\",le=\"0.1\"} " + fast + "\n"
                + "http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/posts\",le=\"0.5\"} " + medium
                + "\n"
                + "http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/posts\",le=\"+Inf\"} " + all + "\n"
                + "http_request_duration_seconds_count{method=\"GET\",route=\"/api/posts\"} " + all + "\n"
                + "# TYPE sanctum_active_websockets gauge\n"
                + "sanctum_active_websockets{channel=\"chat\"} 3\n"
                + "sanctum_active_websockets{channel=\"game\"} 1\n"
                + "process_cpu_seconds_total " + cpu + "\n";
    }

    private void writeScrapes() throws IOException {
        new ScrapeFixture()
                .scrape(T0 - 60_000, exposition(999, null, 0, 0, 0, 0)) // before the window: ignored
                .scrape(T0, exposition(0, null, 0, 0, 0, 1.0))
                .scrape(T0 + 5_000, exposition(50, null, 10, 20, 20, 2.0)) // +50 ok in 5 s
                .failure(T0 + 7_000, "Connection refused")
                .rawLine("{not json")
                .scrape(T0 + 10_000, exposition(100, 10.0, 10, 20, 20, 3.0)) // +50 ok, +10 errors (new series)
                .scrape(T0 + 15_000, exposition(20, 0.0, 5, 5, 5, 0.5)) // process restarted: counters reset
                .writeInto(runDir);
    }

    private static Map<Long, Double> points(MetricsReport report, String id) {
        MetricLines series = report.series().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "series " + id + " missing: " + report.coverage().missing()));
        assertThat(series.lines()).hasSize(1);
        Map<Long, Double> byTime = new java.util.TreeMap<>();
        series.lines().get(0).points().forEach(p -> byTime.put(p.epochMs(), p.value()));
        return byTime;
    }

    @Test
    void computesRatesWithACounterResetFromTheScrapeLog() throws IOException {
        writeScrapes();

        MetricsReport report = collector.collect(new RunWindow(T0, T0 + 20_000), runDir);

        assertThat(report.source()).isEqualTo("scrape");
        assertThat(report.sources())
                .extracting(h -> h.name() + ":" + h.status())
                .contains("prometheus:" + SourceStatus.UNAVAILABLE, "scrape:" + SourceStatus.DEGRADED);
        assertThat(report.sources().get(0).reason()).contains("unreachable");
        Map<Long, Double> rate = points(report, "request_rate");
        assertThat(rate).containsOnlyKeys(T0 + 5_000, T0 + 10_000, T0 + 15_000);
        assertThat(rate.get(T0 + 5_000)).isCloseTo(10.0, within(1e-9)); // 50 / 5 s
        assertThat(rate.get(T0 + 10_000)).isCloseTo(12.0, within(1e-9)); // (50 + 10) / 5 s
        assertThat(rate.get(T0 + 15_000)).isCloseTo(4.0, within(1e-9)); // reset: 20 + 0 counted / 5 s
        Map<Long, Double> cpu = points(report, "cpu_usage");
        assertThat(cpu.get(T0 + 15_000)).isCloseTo(0.1, within(1e-9)); // reset: 0.5 s CPU in 5 s
    }

    @Test
    void targetUpIsOneAtEachAnsweredScrapeAndZeroAtEachFailedOne() throws IOException {
        writeScrapes();

        MetricsReport report = collector.collect(new RunWindow(T0, T0 + 20_000), runDir);

        assertThat(points(report, "target_up"))
                .containsExactly(
                        Map.entry(T0, 1.0),
                        Map.entry(T0 + 5_000, 1.0),
                        Map.entry(T0 + 7_000, 0.0),
                        Map.entry(T0 + 10_000, 1.0),
                        Map.entry(T0 + 15_000, 1.0));
    }

    @Test
    void computesTheErrorRatioAndZeroRateLimitsWhenNo429Exists() throws IOException {
        writeScrapes();

        MetricsReport report = collector.collect(new RunWindow(T0, T0 + 20_000), runDir);

        Map<Long, Double> ratio = points(report, "error_ratio_5xx");
        assertThat(ratio.get(T0 + 5_000)).isEqualTo(0.0);
        assertThat(ratio.get(T0 + 10_000)).isCloseTo(10.0 / 60.0, within(1e-9));
        assertThat(points(report, "rate_limited_rate").values()).containsOnly(0.0);
    }

    @Test
    void estimatesP95FromBucketDeltasBetweenScrapes() throws IOException {
        writeScrapes();

        MetricsReport report = collector.collect(new RunWindow(T0, T0 + 20_000), runDir);

        Map<Long, Double> p95 = points(report, "latency_p95");
        // 20 observations: 10 <= 0.1 s, 10 in (0.1, 0.5]; rank 19 -> 0.1 + 0.4 * 9/10.
        assertThat(p95.get(T0 + 5_000)).isCloseTo(0.46, within(1e-9));
        // No observation between the 2nd and 3rd successful scrape: no point rather than a made-up value.
        assertThat(p95).doesNotContainKey(T0 + 10_000);
        // After the reset the 5 new observations are all <= 0.1 s: rank 4.75 of 5 in [0, 0.1].
        assertThat(p95.get(T0 + 15_000)).isCloseTo(0.095, within(1e-9));
        MetricLines byRoute = report.series().stream()
                .filter(s -> s.id().equals("latency_p95_by_route"))
                .findFirst()
                .orElseThrow();
        assertThat(byRoute.lines())
                .singleElement()
                .satisfies(l -> assertThat(l.labels()).isEqualTo(Map.of("route", "/api/posts")));
    }

    @Test
    void keepsGaugesPerGroupAndSaysWhichSeriesTheScrapesCannotProvide() throws IOException {
        writeScrapes();

        MetricsReport report = collector.collect(new RunWindow(T0, T0 + 20_000), runDir);

        MetricLines websockets = report.series().stream()
                .filter(s -> s.id().equals("active_websockets"))
                .findFirst()
                .orElseThrow();
        assertThat(websockets.lines())
                .extracting(SeriesLine::labels)
                .containsExactly(Map.of("channel", "chat"), Map.of("channel", "game"));
        assertThat(websockets.lines().get(0).points())
                .hasSize(4)
                .allSatisfy(p -> assertThat(p.value()).isEqualTo(3.0));
        assertThat(report.coverage().present())
                .contains("request_rate", "latency_p95", "active_websockets", "cpu_usage");
        assertThat(report.coverage().missing())
                .extracting(MissingSeries::id)
                .contains("db_query_p95", "message_throughput", "heap_used")
                .doesNotContain("request_rate");
        assertThat(report.coverage().missing())
                .filteredOn(m -> m.id().equals("db_query_p95"))
                .singleElement()
                .satisfies(
                        m -> assertThat(m.reason())
                                .isEqualTo(
                                        "metric 'sanctum_database_query_latency_seconds_bucket' is not present in any scrape of the window"));
        assertThat(report.sources())
                .filteredOn(h -> h.name().equals("scrape"))
                .singleElement()
                .satisfies(h ->
                        assertThat(h.reason()).contains("4 scrapes used, 1 failed, 1 unreadable line(s)", "line 5"));
        assertThat(report.alerts()).isEmpty();
    }

    @Test
    void reportsEverySeriesMissingWhenNeitherSourceHasData() throws IOException {
        MetricsReport report = collector.collect(new RunWindow(T0, T0 + 20_000), runDir);

        assertThat(report.source()).isEqualTo("none");
        assertThat(report.series()).isEmpty();
        int queries = MetricQueryCatalog.load(java.nio.file.Path.of("monitoring/queries.json"))
                .queries()
                .size();
        assertThat(report.coverage().missing())
                .hasSize(queries)
                .allSatisfy(m -> assertThat(m.reason()).contains("scrape.jsonl does not exist"));
        assertThat(report.sources()).extracting(h -> h.status()).containsOnly(SourceStatus.UNAVAILABLE);
    }

    @Test
    void roundTripsThroughMetricsJson() throws IOException {
        writeScrapes();
        MetricsReport report = collector.collect(new RunWindow(T0, T0 + 20_000), runDir);

        report.writeTo(runDir);

        assertThat(MetricsReport.readFrom(runDir)).isEqualTo(report);
        String json = java.nio.file.Files.readString(runDir.resolve("metrics.json"));
        assertThat(json)
                .contains("\"start_epoch_ms\" : " + T0, "\"source\" : \"scrape\"", "\"status\" : \"unavailable\"");
        assertThat(json).containsPattern("\\[ " + (T0 + 5_000) + ", 10\\.0 \\]");
        assertThat(List.of(runDir.toFile().list())).containsExactlyInAnyOrder("scrape.jsonl", "metrics.json");
    }
}
