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
import java.util.function.LongToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * From a Node.js target's own /metrics text (prom-client names only: no JVM series, no heap of ours) through the
 * scrape fallback and the series mapping to the ranked findings, on a 2-core server: the planted cause is the top
 * finding.
 */
class ScrapedNodeTargetDiagnosisTest {

    private static final double MIB = 1024 * 1024;
    private static final int SERVER_CORES = 2;

    @TempDir
    Path runDir;

    /** One scrape every 5 s for {@code seconds}: CPU seconds used so far, resident memory and heap at that second. */
    private Analysis diagnose(long seconds, LongToDoubleFunction cpuSecondsAt, LongToDoubleFunction residentAt)
            throws IOException {
        return diagnose(seconds, cpuSecondsAt, residentAt, RunFixture.healthy());
    }

    private Analysis diagnose(
            long seconds, LongToDoubleFunction cpuSecondsAt, LongToDoubleFunction residentAt, RunFixture run)
            throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (long s = 0; s < seconds; s += 5) {
            String body = "# TYPE process_cpu_seconds_total counter\n"
                    + "process_cpu_seconds_total " + cpuSecondsAt.applyAsDouble(s) + "\n"
                    + "# TYPE process_resident_memory_bytes gauge\n"
                    + "process_resident_memory_bytes " + residentAt.applyAsDouble(s) + "\n"
                    + "# TYPE nodejs_heap_size_used_bytes gauge\n"
                    + "nodejs_heap_size_used_bytes " + residentAt.applyAsDouble(s) * 0.6 + "\n"
                    + "nodejs_eventloop_lag_seconds 0.002\n";
            lines.add(mapper.createObjectNode()
                    .put("ts_ms", RunFixture.START + s * 1000)
                    .put("status", 200)
                    .put("body", body)
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
                                Duration.ofSeconds(5),
                                Duration.ofSeconds(2)),
                        MetricQueryCatalog.load(Path.of("monitoring/queries.json")))
                .collect(new RunWindow(RunFixture.START, RunFixture.START + 300_000), runDir);
        run.server.clear();
        run.server.addAll(new ServerSeriesMapping(SERVER_CORES).map(metrics));
        return run.analyze();
    }

    @Test
    void aLeakFrom50MiBTo2point5GiBIn150sIsTheTopFinding() throws IOException {
        Analysis analysis = diagnose(155, s -> 0.3 * s, s -> (50 + 2510 * s / 150.0) * MIB);

        Finding top = analysis.findings().get(0);
        assertThat(top.id()).isEqualTo("memory_growth");
        assertThat(top.evidence())
                .extracting(Evidence::id)
                .containsExactlyInAnyOrder("server.resident_memory", "server.heap_used");
        assertThat(analysis.status()).isEqualTo(Status.WARNING);
        assertThat(analysis.findings()).extracting(Finding::rule).doesNotContain("cpu_saturation");
    }

    @Test
    void aSingleThreadedServerBusyAtOneCoreOfTwoIsTheTopFinding() throws IOException {
        // Ramp for a minute, then one core busy: 0.99-1.02 CPU seconds per second with jitter; requests queue.
        RunFixture clientSide = RunFixture.healthy().timeline(s -> 100, s -> 100, s -> 0, s -> s < 60 ? 90 : 350 + s);
        Analysis analysis = diagnose(
                300,
                s -> s < 60 ? s * s / 120.0 : 30 + (s - 60) * 1.005 + (s % 10 == 0 ? 0.05 : 0),
                s -> 80 * MIB + (s % 30) * MIB,
                clientSide);

        Finding top = analysis.findings().get(0);
        assertThat(top.id()).isEqualTo("cpu_saturation.cpu_cores");
        assertThat(top.title()).startsWith("Server CPU saturated: pinned at 1 core");
        assertThat(analysis.findings()).extracting(Finding::rule).doesNotContain("memory_growth");
    }

    @Test
    void aQuietNodeServerIsHealthy() throws IOException {
        Analysis analysis = diagnose(300, s -> 0.35 * s + (s % 20) * 0.01, s -> 90 * MIB + (s % 40) * 0.5 * MIB);

        assertThat(analysis.status()).isEqualTo(Status.HEALTHY);
        assertThat(analysis.findings()).extracting(Finding::id).containsExactly(AnalysisEngine.HEALTHY_ID);
    }
}
