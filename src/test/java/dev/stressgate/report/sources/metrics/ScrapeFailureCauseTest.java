package dev.stressgate.report.sources.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.stressgate.config.Environment;
import dev.stressgate.report.sources.RunWindow;
import dev.stressgate.report.sources.SourceHealth;
import dev.stressgate.report.sources.SourceStatus;
import dev.stressgate.run.MetricsSampler;
import dev.stressgate.run.http.OutboundHttpSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's scrape fallback names the real cause of the run's failed scrapes, from a scrape.jsonl written by the
 * real sampler against a Go-style target (go_* and process_* series, no JVM) whose answers go wrong in turn.
 */
class ScrapeFailureCauseTest {

    private static final long T0 = 1_732_251_600_000L;
    private static final String GO_METRICS = "# TYPE go_goroutines gauge\ngo_goroutines 12\n"
            + "# TYPE process_cpu_seconds_total counter\nprocess_cpu_seconds_total %s\n"
            + "# TYPE process_resident_memory_bytes gauge\nprocess_resident_memory_bytes 31457280\n";

    /** What the target does on its n-th scrape. */
    private enum Answer {
        METRICS,
        NOT_FOUND,
        OVERSIZED
    }

    @TempDir
    Path runDir;

    private HttpServer server;
    private final List<String> console = new ArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private URI target(Answer... answers) throws IOException {
        AtomicInteger calls = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/metrics", exchange -> {
            int call = calls.getAndIncrement();
            try (exchange;
                    OutputStream out = exchange.getResponseBody()) {
                switch (answers[Math.min(call, answers.length - 1)]) {
                    case METRICS -> {
                        byte[] body = GO_METRICS.formatted(call).getBytes(StandardCharsets.UTF_8);
                        exchange.sendResponseHeaders(200, body.length);
                        out.write(body);
                    }
                    case NOT_FOUND -> exchange.sendResponseHeaders(404, -1);
                    case OVERSIZED -> {
                        exchange.sendResponseHeaders(200, 0);
                        byte[] comment = new byte[64 * 1024];
                        Arrays.fill(comment, (byte) '#');
                        for (int i = 0; i < 32; i++) {
                            out.write(comment);
                        }
                    }
                }
            } catch (IOException clientHungUp) {
                // the sampler aborted an oversized answer
            }
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/metrics");
    }

    private void sample(URI url, int scrapes) {
        Properties oneMib = new Properties();
        oneMib.setProperty("scrape.max.mib", "1");
        HandClock clock = new HandClock();
        MetricsSampler sampler = new MetricsSampler(
                url,
                runDir.resolve("scrape.jsonl"),
                Duration.ofSeconds(30),
                clock,
                OutboundHttpSettings.from(Environment.of(Map.of(), oneMib)),
                console::add);
        for (int i = 0; i < scrapes; i++) {
            clock.millis = T0 + i * 5_000L;
            sampler.scrapeOnce();
        }
        clock.millis = T0 + scrapes * 5_000L;
        sampler.close();
    }

    private SourceHealth scrapeSource() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        MetricsSettings settings = new MetricsSettings(
                URI.create("http://127.0.0.1:" + closedPort),
                MetricsSettings.DEFAULT_SELECTOR,
                Duration.ofSeconds(5),
                Duration.ofSeconds(2));
        MetricsReport report = new MetricsCollector(
                        settings, MetricQueryCatalog.load(Path.of("monitoring/queries.json")))
                .collect(new RunWindow(T0, T0 + 60_000), runDir);
        return report.sources().stream()
                .filter(h -> h.name().equals("scrape"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anOversizedScrapeDegradesTheSourceWithTheSizeCause() throws Exception {
        URI url = target(Answer.METRICS, Answer.NOT_FOUND, Answer.METRICS, Answer.OVERSIZED, Answer.METRICS);
        sample(url, 4);

        SourceHealth scrape = scrapeSource();

        assertThat(scrape.status()).isEqualTo(SourceStatus.DEGRADED);
        assertThat(scrape.reason())
                .startsWith("3 scrapes used, 2 failed, 0 unreadable line(s);")
                .contains("; last failed scrape: body larger than 1 MiB at " + url);
        assertThat(console)
                .containsExactly(
                        "metrics scrape failed: HTTP 404 from " + url + " (server metrics of this run may be missing;"
                                + " further failures are counted, not repeated)",
                        "metrics scrape: 2 of 5 failed, last: body larger than 1 MiB at " + url);
    }

    @Test
    void aTargetThatNeverAnsweredIsUnavailableWithTheRealCause() throws Exception {
        URI url = target(Answer.NOT_FOUND);
        sample(url, 3);

        SourceHealth scrape = scrapeSource();

        assertThat(scrape.status()).isEqualTo(SourceStatus.UNAVAILABLE);
        assertThat(scrape.reason())
                .contains("(0 scrapes used, 4 failed, 0 unreadable line(s); 0 series computed,")
                .endsWith("); last failed scrape: HTTP 404 from " + url);
    }

    private static final class HandClock extends Clock {
        volatile long millis = T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }
}
