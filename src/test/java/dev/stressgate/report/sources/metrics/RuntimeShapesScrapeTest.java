package dev.stressgate.report.sources.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stressgate.report.sources.RunWindow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scrape fallback on targets that are not our JVM app: a Node.js target (prom-client names, a latency histogram in
 * milliseconds with prom-client-style buckets, a drop counter without a channel label, a database histogram labelled
 * {@code query}), a Go target (go_* series, Go's default buckets) and a JVM on the old simpleclient.
 */
class RuntimeShapesScrapeTest {

    private static final long T0 = 1_732_251_600_000L;

    @TempDir
    Path runDir;

    private MetricsCollector collector;

    @BeforeEach
    void collectorWithUnreachablePrometheus() throws IOException {
        collector = ScrapeFixture.collectorWithoutPrometheus();
    }

    /** A Node.js target after {@code k} intervals of 5 s: every counter grows by a fixed step per interval. */
    private static String node(int k) {
        return "# TYPE process_cpu_seconds_total counter\n"
                + "process_cpu_seconds_total " + (10 + 5.0 * k) + "\n"
                + "# TYPE process_resident_memory_bytes gauge\n"
                + "process_resident_memory_bytes " + (60_000_000 + 1_000_000 * k) + "\n"
                + "process_open_fds 256\n"
                + "process_max_fds 1024\n"
                + "# TYPE nodejs_heap_size_used_bytes gauge\n"
                + "nodejs_heap_size_used_bytes " + (30_000_000 + 500_000 * k) + "\n"
                + "# TYPE nodejs_eventloop_lag_seconds gauge\n"
                + "nodejs_eventloop_lag_seconds 0.25\n"
                + "# TYPE nodejs_gc_duration_seconds histogram\n"
                + "nodejs_gc_duration_seconds_sum{kind=\"minor\"} " + (0.5 * k) + "\n"
                + "nodejs_gc_duration_seconds_count{kind=\"minor\"} " + (10 * k) + "\n"
                + "# TYPE http_requests_total counter\n"
                + "http_requests_total{method=\"GET\",route=\"/api/posts\",status=\"200\"} " + (92 * k) + "\n"
                + "http_requests_total{method=\"POST\",route=\"/api/posts\",status=\"500\"} " + (8 * k) + "\n"
                + "# TYPE http_request_duration_ms histogram\n"
                + "http_request_duration_ms_bucket{route=\"/api/posts\",le=\"5\"} " + (50 * k) + "\n"
                + "http_request_duration_ms_bucket{route=\"/api/posts\",le=\"15\"} " + (80 * k) + "\n"
                + "http_request_duration_ms_bucket{route=\"/api/posts\",le=\"50\"} " + (90 * k) + "\n"
                + "http_request_duration_ms_bucket{route=\"/api/posts\",le=\"100\"} " + (100 * k) + "\n"
                + "http_request_duration_ms_bucket{route=\"/api/posts\",le=\"+Inf\"} " + (100 * k) + "\n"
                + "# TYPE sanctum_websocket_backpressure_drops_total counter\n"
                + "sanctum_websocket_backpressure_drops_total " + (15 * k) + "\n"
                + "# TYPE sanctum_database_query_latency_seconds histogram\n"
                + "sanctum_database_query_latency_seconds_bucket{query=\"select_feed\",le=\"0.1\"} 0\n"
                + "sanctum_database_query_latency_seconds_bucket{query=\"select_feed\",le=\"0.5\"} " + (10 * k) + "\n"
                + "sanctum_database_query_latency_seconds_bucket{query=\"select_feed\",le=\"+Inf\"} " + (10 * k) + "\n"
                + "sanctum_database_query_latency_seconds_bucket{query=\"insert_post\",le=\"0.1\"} " + (10 * k) + "\n"
                + "sanctum_database_query_latency_seconds_bucket{query=\"insert_post\",le=\"0.5\"} " + (10 * k) + "\n"
                + "sanctum_database_query_latency_seconds_bucket{query=\"insert_post\",le=\"+Inf\"} " + (10 * k) + "\n";
    }

    /** A Go target: go_* runtime series, a GC summary and Go's default histogram buckets. */
    private static String go(int k) {
        String[] bounds = {"0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10", "+Inf"};
        int[] perInterval = {0, 0, 10, 40, 70, 90, 100, 100, 100, 100, 100, 100};
        StringBuilder buckets = new StringBuilder("# TYPE http_request_duration_seconds histogram\n");
        for (int i = 0; i < bounds.length; i++) {
            buckets.append("http_request_duration_seconds_bucket{code=\"200\",route=\"/v1/feed\",le=\"")
                    .append(bounds[i])
                    .append("\"} ")
                    .append(perInterval[i] * k)
                    .append('\n');
        }
        return "# TYPE go_goroutines gauge\n"
                + "go_goroutines " + (40 + k) + "\n"
                + "# TYPE go_memstats_heap_alloc_bytes gauge\n"
                + "go_memstats_heap_alloc_bytes " + (8_000_000 + 2_000_000 * k) + "\n"
                + "# TYPE go_gc_duration_seconds summary\n"
                + "go_gc_duration_seconds{quantile=\"0.5\"} 0.0001\n"
                + "go_gc_duration_seconds_sum " + (0.05 * k) + "\n"
                + "go_gc_duration_seconds_count " + (20 * k) + "\n"
                + "# TYPE process_cpu_seconds_total counter\n"
                + "process_cpu_seconds_total " + (2.0 * k) + "\n"
                + "process_resident_memory_bytes 25000000\n"
                + buckets
                + "# TYPE sanctum_websocket_backpressure_drops_total counter\n"
                + "sanctum_websocket_backpressure_drops_total{channel=\"chat\"} " + (5 * k) + "\n";
    }

    private MetricsReport collect(IntFunction<String> target) throws IOException {
        new ScrapeFixture()
                .scrape(T0, target.apply(0))
                .scrape(T0 + 5_000, target.apply(1))
                .scrape(T0 + 10_000, target.apply(2))
                .writeInto(runDir);
        return collector.collect(new RunWindow(T0, T0 + 10_000), runDir);
    }

    private static Map<Map<String, String>, Double> lastValues(MetricsReport report, String id) {
        MetricLines series = report.series().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "series " + id + " missing: " + report.coverage().missing()));
        Map<Map<String, String>, Double> last = new TreeMap<>(Comparator.comparing(Object::toString));
        series.lines()
                .forEach(l -> last.put(
                        l.labels(), l.points().get(l.points().size() - 1).value()));
        return last;
    }

    @Test
    void aNodeTargetGivesHeapGcEventLoopFdsAndMillisecondLatency() throws IOException {
        MetricsReport report = collect(RuntimeShapesScrapeTest::node);

        assertThat(lastValues(report, "heap_used")).containsExactly(Map.entry(Map.of(), 31_000_000.0));
        assertThat(lastValues(report, "memory_resident")).containsExactly(Map.entry(Map.of(), 62_000_000.0));
        assertThat(lastValues(report, "cpu_usage").get(Map.of())).isCloseTo(1.0, within(1e-9));
        assertThat(lastValues(report, "gc_time_ratio").get(Map.of())).isCloseTo(0.1, within(1e-9));
        assertThat(lastValues(report, "event_loop_lag")).containsExactly(Map.entry(Map.of(), 0.25));
        assertThat(lastValues(report, "open_fds_ratio")).containsExactly(Map.entry(Map.of(), 0.25));
        // 100 calls per interval in ms buckets: rank 95 lies in (50, 100] ms -> 75 ms -> 0.075 s.
        assertThat(lastValues(report, "latency_p95").get(Map.of())).isCloseTo(0.075, within(1e-12));
        assertThat(lastValues(report, "latency_p95_by_route").get(Map.of("route", "/api/posts")))
                .isCloseTo(0.075, within(1e-12));
        assertThat(lastValues(report, "server_errors_by_route"))
                .containsExactly(Map.entry(Map.of("route", "/api/posts"), 1.6));
        assertThat(report.coverage().missing())
                .extracting(MissingSeries::id)
                .contains("goroutines")
                .doesNotContain("heap_used", "backpressure_drops_rate", "db_query_p95");
    }

    @Test
    void aDropCounterWithoutAChannelLabelIsOneLineThatStillCounts() throws IOException {
        MetricsReport report = collect(RuntimeShapesScrapeTest::node);

        assertThat(lastValues(report, "backpressure_drops_rate")).containsExactly(Map.entry(Map.of(), 3.0));
    }

    @Test
    void databaseLatencyKeepsTheOperationLabelWhateverItIsCalled() throws IOException {
        MetricsReport report = collect(RuntimeShapesScrapeTest::node);

        Map<Map<String, String>, Double> p95 = lastValues(report, "db_query_p95");
        assertThat(p95.keySet())
                .containsExactlyInAnyOrder(Map.of("query", "select_feed"), Map.of("query", "insert_post"));
        assertThat(p95.get(Map.of("query", "select_feed"))).isCloseTo(0.48, within(1e-12));
        assertThat(p95.get(Map.of("query", "insert_post"))).isCloseTo(0.095, within(1e-12));
    }

    @Test
    void aGoTargetGivesItsHeapGcGoroutinesAndLatencyFromDefaultBuckets() throws IOException {
        MetricsReport report = collect(RuntimeShapesScrapeTest::go);

        assertThat(lastValues(report, "heap_used")).containsExactly(Map.entry(Map.of(), 12_000_000.0));
        assertThat(lastValues(report, "gc_time_ratio").get(Map.of())).isCloseTo(0.01, within(1e-12));
        assertThat(lastValues(report, "goroutines")).containsExactly(Map.entry(Map.of(), 42.0));
        // rank 95 of 100 lies in (0.25, 0.5] holding 10: 0.25 + 0.25 * 5/10.
        assertThat(lastValues(report, "latency_p95").get(Map.of())).isCloseTo(0.375, within(1e-12));
        assertThat(lastValues(report, "backpressure_drops_rate"))
                .containsExactly(Map.entry(Map.of("channel", "chat"), 1.0));
        assertThat(report.coverage().missing())
                .filteredOn(m -> m.id().equals("event_loop_lag"))
                .singleElement()
                .satisfies(m -> assertThat(m.reason()).contains("nodejs_eventloop_lag_seconds"));
    }

    @Test
    void anOldSimpleclientJvmGivesItsHeap() throws IOException {
        MetricsReport jvm = collect(k -> "# TYPE jvm_memory_bytes_used gauge\n"
                + "jvm_memory_bytes_used{area=\"heap\"} " + (100_000_000 + k) + "\n"
                + "jvm_memory_bytes_used{area=\"nonheap\"} 50000000\n");

        assertThat(lastValues(jvm, "heap_used")).containsExactly(Map.entry(Map.of(), 100_000_002.0));
    }

    @Test
    void aPythonTargetHasNoHeapAndTheReasonNamesEveryRuntimesSeries() throws IOException {
        MetricsReport python = collect(k -> "process_resident_memory_bytes 40000000\n"
                + "python_gc_collections_total{generation=\"0\"} " + (10 * k) + "\n");

        assertThat(python.coverage().missing())
                .filteredOn(m -> m.id().equals("heap_used"))
                .singleElement()
                .satisfies(m -> assertThat(m.reason())
                        .contains(
                                "jvm_memory_used_bytes", "nodejs_heap_size_used_bytes", "go_memstats_heap_alloc_bytes")
                        .contains("none of the metrics"));
        assertThat(lastValues(python, "memory_resident")).containsExactly(Map.entry(Map.of(), 40_000_000.0));
    }

    @Test
    void seriesOnlyOtherRuntimesExportAreNamedAsNotExportedNotAsMissing() throws IOException {
        MetricsReport go = collect(RuntimeShapesScrapeTest::go);

        dev.stressgate.report.sources.SourceHealth scrape = go.sources().stream()
                .filter(h -> h.name().equals("scrape"))
                .findFirst()
                .orElseThrow();
        long runtimeSpecificAbsent = go.coverage().missing().stream()
                .filter(m -> m.id().equals("event_loop_lag") || m.id().equals("db_pool_active"))
                .count();
        assertThat(runtimeSpecificAbsent)
                .as("a Go target has no event loop and no JVM pool")
                .isEqualTo(2);
        assertThat(scrape.reason()).containsPattern("\\d+ runtime-specific not exported by this target");
    }

    @Test
    void aTargetWithoutAny5xxReadsZeroServerErrorsPerRouteNotAMissingSeries() throws IOException {
        MetricsReport healthy = collect(k -> "# TYPE http_requests_total counter\n"
                + "http_requests_total{method=\"GET\",route=\"/api/posts\",status=\"200\"} " + (100 * k) + "\n"
                + "http_requests_total{method=\"POST\",route=\"/api/posts\",status=\"201\"} " + (10 * k) + "\n");

        assertThat(lastValues(healthy, "server_errors_by_route"))
                .containsExactly(Map.entry(Map.of("route", "/api/posts"), 0.0));
        assertThat(healthy.coverage().missing()).extracting(MissingSeries::id).doesNotContain("server_errors_by_route");
    }
}
