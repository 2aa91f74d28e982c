package dev.stressgate.report.sources.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import dev.stressgate.report.sources.RunWindow;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalog's PromQL against a real prometheus scraping a Node.js-shaped target on 127.0.0.1 (prom-client names,
 * no JVM series, a latency histogram in milliseconds, a drop counter without a channel label, a database histogram
 * labelled {@code query}): the runtime alternatives ({@code a or b}) and the per-operation grouping work on
 * Prometheus as in the scrape fallback. Every scrape advances the target by one step. Skipped without prometheus.
 */
class RuntimeQueriesPrometheusIT {

    private static HttpServer target;
    private static PrometheusServer prometheus;
    private static long startMs;

    @BeforeAll
    static void startPrometheusScrapingANodeTarget() throws Exception {
        Optional<Path> binary = PrometheusServer.binary();
        assumeTrue(binary.isPresent(), "prometheus is not on the PATH (install the Debian 'prometheus' package)");
        AtomicInteger scrapes = new AtomicInteger();
        target = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        target.createContext("/metrics", exchange -> {
            byte[] body = nodeExposition(scrapes.incrementAndGet()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        target.start();
        startMs = System.currentTimeMillis();
        prometheus = PrometheusServer.start(
                binary.get(),
                Files.createTempDirectory("prometheus-node-it"),
                "127.0.0.1:" + target.getAddress().getPort(),
                "groups: []\n");
        prometheus.awaitQuery(
                "count_over_time(up{job=\"socialapp\"}[1m]) >= 8",
                body -> body.contains("\"value\""),
                Duration.ofSeconds(90));
    }

    @AfterAll
    static void stop() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
        if (target != null) {
            target.stop(0);
        }
    }

    /** The target after {@code k} scrapes: each scrape adds 100 calls, 8 of them 5xx, and fixed amounts elsewhere. */
    private static String nodeExposition(int k) {
        return "# TYPE process_cpu_seconds_total counter\n"
                + "process_cpu_seconds_total " + (0.5 * k) + "\n"
                + "# TYPE process_resident_memory_bytes gauge\n"
                + "process_resident_memory_bytes 60000000\n"
                + "# TYPE nodejs_heap_size_used_bytes gauge\n"
                + "nodejs_heap_size_used_bytes 30000000\n"
                + "# TYPE nodejs_eventloop_lag_seconds gauge\n"
                + "nodejs_eventloop_lag_seconds 0.25\n"
                + "# TYPE nodejs_gc_duration_seconds histogram\n"
                + "nodejs_gc_duration_seconds_bucket{kind=\"minor\",le=\"+Inf\"} " + (10 * k) + "\n"
                + "nodejs_gc_duration_seconds_sum{kind=\"minor\"} " + (0.1 * k) + "\n"
                + "nodejs_gc_duration_seconds_count{kind=\"minor\"} " + (10 * k) + "\n"
                + "# TYPE http_requests_total counter\n"
                + "http_requests_total{method=\"GET\",route=\"/api/posts\",status=\"200\"} " + (92 * k) + "\n"
                + "http_requests_total{method=\"POST\",route=\"/api/posts\",status=\"500\"} " + (8 * k) + "\n"
                + "# TYPE http_request_duration_ms histogram\n"
                + "http_request_duration_ms_bucket{route=\"/api/posts\",le=\"5\"} " + (50 * k) + "\n"
                + "http_request_duration_ms_bucket{route=\"/api/posts\",le=\"50\"} " + (90 * k) + "\n"
                + "http_request_duration_ms_bucket{route=\"/api/posts\",le=\"100\"} " + (100 * k) + "\n"
                + "http_request_duration_ms_bucket{route=\"/api/posts\",le=\"+Inf\"} " + (100 * k) + "\n"
                + "http_request_duration_ms_sum{route=\"/api/posts\"} " + (1000 * k) + "\n"
                + "http_request_duration_ms_count{route=\"/api/posts\"} " + (100 * k) + "\n"
                + "# TYPE sanctum_websocket_backpressure_drops_total counter\n"
                + "sanctum_websocket_backpressure_drops_total " + (3 * k) + "\n"
                + "# TYPE sanctum_database_query_latency_seconds histogram\n"
                + "sanctum_database_query_latency_seconds_bucket{query=\"select_feed\",le=\"0.1\"} 0\n"
                + "sanctum_database_query_latency_seconds_bucket{query=\"select_feed\",le=\"0.5\"} " + (10 * k) + "\n"
                + "sanctum_database_query_latency_seconds_bucket{query=\"select_feed\",le=\"+Inf\"} " + (10 * k) + "\n"
                + "sanctum_database_query_latency_seconds_sum{query=\"select_feed\"} " + (3 * k) + "\n"
                + "sanctum_database_query_latency_seconds_count{query=\"select_feed\"} " + (10 * k) + "\n"
                + "sanctum_database_query_latency_seconds_bucket{query=\"insert_post\",le=\"0.1\"} " + (10 * k) + "\n"
                + "sanctum_database_query_latency_seconds_bucket{query=\"insert_post\",le=\"0.5\"} " + (10 * k) + "\n"
                + "sanctum_database_query_latency_seconds_bucket{query=\"insert_post\",le=\"+Inf\"} " + (10 * k) + "\n"
                + "sanctum_database_query_latency_seconds_sum{query=\"insert_post\"} " + (0.5 * k) + "\n"
                + "sanctum_database_query_latency_seconds_count{query=\"insert_post\"} " + (10 * k) + "\n";
    }

    private static Map<Map<String, String>, Double> lastValues(MetricsReport report, String id) {
        MetricLines series = report.series().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "series " + id + " missing: " + report.coverage().missing()));
        Map<Map<String, String>, Double> last = new HashMap<>();
        series.lines()
                .forEach(l -> last.put(
                        l.labels(), l.points().get(l.points().size() - 1).value()));
        return last;
    }

    @Test
    void theRuntimeAlternativesAndTheOperationLabelWorkOnPrometheus() throws Exception {
        MetricsReport report = new MetricsCollector(
                        new MetricsSettings(
                                prometheus.url(),
                                MetricsSettings.DEFAULT_SELECTOR,
                                Duration.ofSeconds(1),
                                Duration.ofSeconds(10)),
                        MetricQueryCatalog.load(Path.of("monitoring/queries.json")))
                .collect(new RunWindow(startMs, System.currentTimeMillis()), Files.createTempDirectory("node-it-run"));

        assertThat(report.source()).isEqualTo("prometheus");
        assertThat(lastValues(report, "heap_used")).containsExactly(Map.entry(Map.of(), 30_000_000.0));
        assertThat(lastValues(report, "event_loop_lag")).containsExactly(Map.entry(Map.of(), 0.25));
        // Per scrape (1 s apart) 0.1 s of GC and 0.5 s of CPU; 3 drops; 100 calls of which 8 are 5xx.
        assertThat(lastValues(report, "gc_time_ratio").get(Map.of())).isCloseTo(0.1, within(0.03));
        assertThat(lastValues(report, "cpu_usage").get(Map.of())).isCloseTo(0.5, within(0.15));
        assertThat(lastValues(report, "backpressure_drops_rate")).containsOnlyKeys(Map.of());
        assertThat(lastValues(report, "backpressure_drops_rate").get(Map.of())).isCloseTo(3.0, within(1.0));
        assertThat(lastValues(report, "server_errors_by_route").get(Map.of("route", "/api/posts")))
                .isCloseTo(8.0, within(2.5));
        // rank 95 of 100 in (50, 100] ms: 75 ms, read in seconds.
        assertThat(lastValues(report, "latency_p95").get(Map.of())).isCloseTo(0.075, within(0.005));
        Map<Map<String, String>, Double> db = lastValues(report, "db_query_p95");
        assertThat(db.keySet())
                .containsExactlyInAnyOrder(Map.of("query", "select_feed"), Map.of("query", "insert_post"));
        assertThat(db.get(Map.of("query", "select_feed"))).isCloseTo(0.48, within(0.01));
        assertThat(report.coverage().missing())
                .extracting(MissingSeries::id)
                .contains("goroutines")
                .doesNotContain("heap_used", "gc_time_ratio", "db_query_p95", "latency_p95");
    }
}
