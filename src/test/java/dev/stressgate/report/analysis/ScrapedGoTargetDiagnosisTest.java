package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.report.sources.RunWindow;
import dev.stressgate.report.sources.metrics.MetricQueryCatalog;
import dev.stressgate.report.sources.metrics.MetricsCollector;
import dev.stressgate.report.sources.metrics.MetricsReport;
import dev.stressgate.report.sources.metrics.MetricsSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * From a Go target's /metrics text (go_* runtime series, Go's default histogram buckets, a database histogram
 * labelled {@code name}) scraped every 3 s on a 4-core server, through the scrape fallback and the mapping, to the
 * ranked findings: a 5xx burst on one endpoint and a slow database operation are the top finding of their run, and
 * a quiet run is healthy.
 */
class ScrapedGoTargetDiagnosisTest {

    private static final int STEP_S = 3;
    private static final String[] BOUNDS = {
        "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10", "+Inf"
    };

    @TempDir
    Path runDir;

    /** Cumulative counts at second {@code s}: 60 feed and 20 post calls per second; post 5xx and slow DB as asked. */
    private static String exposition(long s, boolean postsBurst, boolean slowDb) {
        long burstSeconds = postsBurst ? Math.max(0, Math.min(s, 160) - 120) : 0;
        long postErrors = Math.round(burstSeconds * 20 * 0.08);
        StringBuilder body = new StringBuilder()
                .append("# TYPE go_goroutines gauge\ngo_goroutines 57\n")
                .append("# TYPE go_memstats_heap_alloc_bytes gauge\ngo_memstats_heap_alloc_bytes ")
                .append(20_000_000 + (s % 30) * 1_000_000)
                .append('\n')
                .append("# TYPE go_gc_duration_seconds summary\ngo_gc_duration_seconds_sum ")
                .append(0.001 * s)
                .append("\ngo_gc_duration_seconds_count ")
                .append(s)
                .append('\n')
                .append("# TYPE process_cpu_seconds_total counter\nprocess_cpu_seconds_total ")
                .append(1.4 * s + (s % 7) * 0.1)
                .append('\n')
                .append("process_resident_memory_bytes ")
                .append(45_000_000 + (s % 20) * 100_000)
                .append('\n')
                .append("# TYPE http_requests_total counter\n")
                .append("http_requests_total{method=\"GET\",route=\"/v1/feed\",status=\"200\"} ")
                .append(60 * s)
                .append('\n')
                .append("http_requests_total{method=\"POST\",route=\"/v1/posts\",status=\"201\"} ")
                .append(20 * s - postErrors)
                .append('\n')
                .append("http_requests_total{method=\"POST\",route=\"/v1/posts\",status=\"500\"} ")
                .append(postErrors)
                .append('\n')
                .append("# TYPE sanctum_database_query_latency_seconds histogram\n");
        for (String name : List.of("SelectTimeline", "InsertPost")) {
            boolean slow = slowDb && name.equals("SelectTimeline");
            for (String le : BOUNDS) {
                double bound = le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
                long count = slow ? (bound >= 0.5 ? 10 * s : 0) : (bound >= 0.01 ? 10 * s : 0);
                body.append("sanctum_database_query_latency_seconds_bucket{name=\"")
                        .append(name)
                        .append("\",le=\"")
                        .append(le)
                        .append("\"} ")
                        .append(count)
                        .append('\n');
            }
        }
        return body.toString();
    }

    private Analysis diagnose(boolean postsBurst, boolean slowDb) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (long s = 0; s < 300; s += STEP_S) {
            lines.add(mapper.createObjectNode()
                    .put("ts_ms", RunFixture.START + s * 1000)
                    .put("status", 200)
                    .put("body", exposition(s, postsBurst, slowDb))
                    .toString());
        }
        Files.write(runDir.resolve("scrape.jsonl"), lines);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        MetricsReport metrics = new MetricsCollector(
                        new MetricsSettings(
                                URI.create("http://127.0.0.1:" + closedPort),
                                MetricsSettings.DEFAULT_SELECTOR,
                                Duration.ofSeconds(STEP_S),
                                Duration.ofSeconds(2)),
                        MetricQueryCatalog.load(Path.of("monitoring/queries.json")))
                .collect(new RunWindow(RunFixture.START, RunFixture.START + 300_000), runDir);
        RunFixture run = RunFixture.healthy();
        run.server.clear();
        run.server.addAll(new ServerSeriesMapping(4).map(metrics));
        if (postsBurst) {
            run.error("status.find.in(201), found 500", "posts: create", 64);
        }
        return run.analyze();
    }

    @Test
    void a40sBurstOf5xxOnOneEndpointIsTheTopFinding() throws IOException {
        Analysis analysis = diagnose(true, false);

        Finding top = analysis.findings().get(0);
        assertThat(top.id()).isEqualTo("error_burst.route.1");
        assertThat(top.title()).startsWith("Error burst on /v1/posts: ");
        assertThat(top.evidence().get(0).values().get("error_share_pct")).isBetween(6.0, 10.0);
    }

    @Test
    void aSlowDatabaseOperationIsTheTopFindingAndNamed() throws IOException {
        Analysis analysis = diagnose(false, true);

        Finding top = analysis.findings().get(0);
        assertThat(top.id()).isEqualTo("db_latency.db_latency_p95");
        assertThat(top.title()).endsWith(" on SelectTimeline");
    }

    @Test
    void aQuietGoServerIsHealthy() throws IOException {
        Analysis analysis = diagnose(false, false);

        assertThat(analysis.findings()).extracting(Finding::id).containsExactly(AnalysisEngine.HEALTHY_ID);
    }
}
