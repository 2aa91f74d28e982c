package dev.stressgate.report.sources.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.stressgate.report.sources.RunWindow;
import dev.stressgate.report.sources.SourceHealth;
import dev.stressgate.report.sources.SourceStatus;
import dev.stressgate.run.http.MisbehavingServer;
import dev.stressgate.run.http.OutboundHttpSettings;
import dev.stressgate.run.http.UpgradeRefusingServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prometheus's range API behind servers that misbehave at the HTTP level: one refusing any {@code Upgrade} request,
 * one stalling its body after the headers, one answering a single query with a body beyond the size cap.
 */
class PrometheusOverHttpTest {

    private static final long T0 = 1_732_251_600_000L;
    private static final RunWindow WINDOW = new RunWindow(T0, T0 + 60_000);
    private static final String MATRIX = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":["
            + "{\"metric\":{\"__name__\":\"up\",\"job\":\"api\",\"instance\":\"node:3000\"},"
            + "\"values\":[[1732251600,\"1\"],[1732251605,\"1\"]]}]}}";

    @TempDir
    Path runDir;

    private static MetricsCollector collector(URI prometheus, Duration timeout) throws IOException {
        return new MetricsCollector(
                new MetricsSettings(prometheus, "job=\"api\"", Duration.ofSeconds(5), timeout),
                MetricQueryCatalog.load(Path.of("monitoring/queries.json")));
    }

    private static SourceHealth prometheus(MetricsReport report) {
        return report.sources().stream()
                .filter(h -> h.name().equals("prometheus"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void queriesAServerThatAnswers404ToAnyUpgradeRequest() throws Exception {
        try (UpgradeRefusingServer server =
                new UpgradeRefusingServer(Map.of("/api/v1/query_range", UpgradeRefusingServer.Route.json(MATRIX)))) {
            List<SeriesLine> lines = new PrometheusClient(server.uri(""), Duration.ofSeconds(10))
                    .queryRange("up{job=\"api\"}", T0, T0 + 5_000, Duration.ofSeconds(5));

            assertThat(lines).singleElement().satisfies(line -> {
                assertThat(line.labels()).isEqualTo(Map.of("job", "api", "instance", "node:3000"));
                assertThat(line.points()).extracting(Point::epochMs).containsExactly(T0, T0 + 5_000);
            });
            assertThat(server.refusedUpgrades()).isZero();
        }
    }

    @Test
    void aStalledBodyEndsWithinTheConfiguredDeadlineAndTheReportFallsBack() throws Exception {
        try (MisbehavingServer server = new MisbehavingServer(MisbehavingServer.STALL_BODY)) {
            long started = System.nanoTime();

            MetricsReport report =
                    collector(server.uri(""), Duration.ofSeconds(1)).collect(WINDOW, runDir);

            assertThat(prometheus(report))
                    .isEqualTo(SourceHealth.unavailable(
                            "prometheus", "Prometheus at " + server.uri("") + ": no complete answer within 1 s"));
            assertThat(report.source()).isEqualTo("none");
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("generous bound, not a timing test")
                    .isLessThan(Duration.ofSeconds(60));
        }
    }

    @Test
    void anAnswerBeyondTheSizeCapIsRefusedAndPrometheusIsDegraded() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/query_range", exchange -> {
            String query = URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
            try (exchange;
                    OutputStream out = exchange.getResponseBody()) {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                if (query.contains("process_cpu_seconds_total")) {
                    exchange.sendResponseHeaders(200, 0);
                    byte[] padding = new byte[256 * 1024];
                    Arrays.fill(padding, (byte) ' ');
                    out.write("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":["
                            .getBytes(StandardCharsets.US_ASCII));
                    while (true) {
                        out.write(padding);
                    }
                }
                byte[] body = MATRIX.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                out.write(body);
            } catch (IOException clientHungUp) {
                // the client aborted the oversized answer
            }
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());

            MetricsReport report = collector(url, Duration.ofSeconds(30)).collect(WINDOW, runDir);

            String cap = OutboundHttpSettings.DEFAULT_QUERY_MAX_MIB + " MiB";
            assertThat(report.source()).isEqualTo("prometheus");
            assertThat(prometheus(report).status()).isEqualTo(SourceStatus.DEGRADED);
            assertThat(prometheus(report).reason()).contains("Prometheus at " + url + ": body larger than " + cap);
            assertThat(report.coverage().missing())
                    .filteredOn(m -> m.id().equals("cpu_usage"))
                    .singleElement()
                    .satisfies(m ->
                            assertThat(m.reason()).isEqualTo("Prometheus at " + url + ": body larger than " + cap));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anErrorBodyIsRedactedAndCutBeforeItReachesTheReport() throws Exception {
        String body = "upstream rejected Authorization: Bearer abc123secret; " + "x".repeat(100_000) + "\n";
        try (UpgradeRefusingServer server = new UpgradeRefusingServer(Map.of(
                "/api/v1/query_range", new UpgradeRefusingServer.Route(503, "text/plain; charset=utf-8", body)))) {
            MetricsReport report =
                    collector(server.uri(""), Duration.ofSeconds(10)).collect(WINDOW, runDir);

            assertThat(prometheus(report).reason())
                    .startsWith("Prometheus answered HTTP 503: upstream rejected Authorization: Bearer [REDACTED]; xxx")
                    .doesNotContain("abc123secret")
                    .hasSizeLessThan(400);
        }
    }
}
