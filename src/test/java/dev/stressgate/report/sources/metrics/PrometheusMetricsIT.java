package dev.stressgate.report.sources.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stressgate.report.sources.RunWindow;
import dev.stressgate.report.sources.SourceStatus;
import dev.stressgate.report.sources.testing.LoopbackMetricsTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus source against a real prometheus process scraping a loopback client_java target. Skipped with a
 * reason where the prometheus binary is not installed.
 */
class PrometheusMetricsIT {

    private static final String RULES = """
            groups:
              - name: it
                rules:
                  - alert: TestTargetUp
                    expr: up{job="socialapp"} == 1
                    labels:
                      severity: warning
                    annotations:
                      summary: fires as soon as the target is scraped
            """;

    private static LoopbackMetricsTarget target;
    private static PrometheusServer prometheus;
    private static Path workDir;
    private static long startMs;

    @BeforeAll
    static void startPrometheusScrapingTheTarget() throws Exception {
        Optional<Path> binary = PrometheusServer.binary();
        assumeTrue(binary.isPresent(), "prometheus is not on the PATH (install the Debian 'prometheus' package)");
        workDir = Files.createTempDirectory("prometheus-it");
        target = new LoopbackMetricsTarget();
        startMs = System.currentTimeMillis();
        prometheus = PrometheusServer.start(binary.get(), workDir, target.hostPort(), RULES);
        prometheus.awaitQuery(
                "count_over_time(up{job=\"socialapp\"}[1m]) >= 8",
                body -> body.contains("\"value\""),
                Duration.ofSeconds(90));
        prometheus.awaitQuery(
                "ALERTS{alertstate=\"firing\"}", body -> body.contains("TestTargetUp"), Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
        if (target != null) {
            target.close();
        }
    }

    private static MetricsCollector collector(MetricQueryCatalog catalog) {
        return new MetricsCollector(
                new MetricsSettings(
                        prometheus.url(),
                        MetricsSettings.DEFAULT_SELECTOR,
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(10)),
                catalog);
    }

    private static MetricLines series(MetricsReport report, String id) {
        return report.series().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError(id + " missing: " + report.coverage().missing()));
    }

    @Test
    void readsTheCatalogSeriesAndFiredAlertsFromPrometheus() throws Exception {
        RunWindow window = new RunWindow(startMs, System.currentTimeMillis());

        MetricsReport report = collector(MetricQueryCatalog.load(Path.of("monitoring/queries.json")))
                .collect(window, workDir);

        assertThat(report.source()).isEqualTo("prometheus");
        assertThat(report.stepMs()).isEqualTo(1000);
        // Each scrape adds 11 requests (10 x 200, 1 x 500) and scrapes are 1 s apart.
        List<Point> rate = series(report, "request_rate").lines().get(0).points();
        assertThat(rate).isNotEmpty();
        assertThat(rate.get(rate.size() - 1).value()).isCloseTo(11.0, within(2.0));
        assertThat(series(report, "error_ratio_5xx").lines().get(0).points())
                .last()
                .satisfies(p -> assertThat(p.value()).isCloseTo(1.0 / 11.0, within(0.01)));
        // 10 of 11 observations at 20 ms in (0.01, 0.025], 1 at 400 ms: the p95 lies in the (0.25, 0.5] bucket.
        assertThat(series(report, "latency_p95").lines().get(0).points())
                .last()
                .satisfies(p -> assertThat(p.value()).isBetween(0.25, 0.5));
        assertThat(series(report, "request_rate_by_route").lines())
                .extracting(SeriesLine::labels)
                .containsExactly(Map.of("route", "/api/posts"));
        assertThat(series(report, "active_websockets").lines())
                .extracting(SeriesLine::labels)
                .containsExactlyInAnyOrder(Map.of("channel", "chat"), Map.of("channel", "game"));
        assertThat(report.coverage().missing())
                .filteredOn(m -> m.id().equals("db_query_p95"))
                .singleElement()
                .satisfies(m -> assertThat(m.reason()).startsWith("query returned no data for the window"));
        assertThat(report.sources())
                .filteredOn(h -> h.name().equals("prometheus"))
                .singleElement()
                .satisfies(h -> assertThat(h.status()).isEqualTo(SourceStatus.DEGRADED));
        assertThat(report.alerts())
                .filteredOn(a -> a.name().equals("TestTargetUp"))
                .singleElement()
                .satisfies(alert -> {
                    assertThat(alert.severity()).isEqualTo("warning");
                    assertThat(alert.labels()).containsEntry("job", "socialapp");
                    assertThat(alert.lastSeenMs()).isGreaterThanOrEqualTo(alert.firstSeenMs());
                });
    }

    @Test
    void reportsARejectedQueryWithPrometheusReasonAndKeepsTheOthers() {
        MetricQueryCatalog catalog = new MetricQueryCatalog(List.of(
                new MetricQuery("broken", "Broken", "req/s", "sum(rate(http_requests_total{$selector}[$rate_window]"),
                new MetricQuery(
                        "request_rate",
                        "Request rate",
                        "req/s",
                        "sum(rate(http_requests_total{$selector}[$rate_window]))")));
        RunWindow window = new RunWindow(startMs, System.currentTimeMillis());

        MetricsReport report = collector(catalog).collect(window, workDir);

        assertThat(report.coverage().present()).containsExactly("request_rate");
        assertThat(report.coverage().missing()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("broken");
            assertThat(m.reason())
                    .startsWith("Prometheus refused the query (HTTP 400, bad_data)")
                    .contains("parse error");
        });
        assertThat(report.sources().get(0).reason()).contains("1 failed queries", "broken");
    }

    @Test
    void fallsBackToScrapesWhenPrometheusHasNothingForTheSelector() throws Exception {
        MetricsCollector otherJob = new MetricsCollector(
                new MetricsSettings(
                        prometheus.url(), "job=\"not-scraped\"", Duration.ofSeconds(1), Duration.ofSeconds(10)),
                MetricQueryCatalog.load(Path.of("monitoring/queries.json")));
        Path runDir = Files.createDirectories(workDir.resolve("run-without-scrapes"));

        MetricsReport report = otherJob.collect(new RunWindow(startMs, System.currentTimeMillis()), runDir);

        assertThat(report.source()).isEqualTo("none");
        assertThat(report.sources())
                .filteredOn(h -> h.name().equals("prometheus"))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.status()).isEqualTo(SourceStatus.UNAVAILABLE);
                    assertThat(h.reason()).contains("has no up{job=\"not-scraped\"} series in the window");
                });
        assertThat(report.sources()).extracting(h -> h.name()).contains("scrape");
    }
}
