package dev.stressgate.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.config.Environment;
import dev.stressgate.run.http.MisbehavingServer;
import dev.stressgate.run.http.OutboundHttpSettings;
import dev.stressgate.run.http.UpgradeRefusingServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sampler against targets of other shapes than the reference app; scrapes are taken by hand, not scheduled. */
class MetricsSamplerTest {

    private static final String NODE_METRICS = "# HELP process_resident_memory_bytes Resident memory size in bytes.\n"
            + "# TYPE process_resident_memory_bytes gauge\nprocess_resident_memory_bytes 52428800\n"
            + "# TYPE nodejs_heap_size_used_bytes gauge\nnodejs_heap_size_used_bytes 20000000\n";

    @TempDir
    Path runDir;

    private final List<String> console = new CopyOnWriteArrayList<>();

    private MetricsSampler sampler(java.net.URI url, OutboundHttpSettings outbound) {
        return new MetricsSampler(
                url, runDir.resolve("scrape.jsonl"), Duration.ofSeconds(30), Clock.systemUTC(), outbound, console::add);
    }

    @Test
    void scrapesATargetThatAnswers404ToAnyUpgradeRequest() throws Exception {
        try (UpgradeRefusingServer node =
                new UpgradeRefusingServer(Map.of("/metrics", UpgradeRefusingServer.Route.text(NODE_METRICS)))) {
            MetricsSampler sampler = sampler(node.uri("/metrics"), OutboundHttpSettings.defaults());

            ScrapeRecord record = sampler.scrapeOnce();
            sampler.close();

            assertThat(record.succeeded()).isTrue();
            assertThat(record.body()).isEqualTo(NODE_METRICS);
            assertThat(node.refusedUpgrades()).isZero();
            assertThat(sampler.endpoint())
                    .isEqualTo(
                            new RunMetadata.MetricsEndpoint(node.uri("/metrics").toString(), true, null, 2, 0, null));
            assertThat(console).isEmpty();
        }
    }

    @Test
    void aFailingScrapeIsToldOnceThenCountedAndRecordedWithItsCause() throws Exception {
        try (UpgradeRefusingServer node = new UpgradeRefusingServer(Map.of())) {
            String url = node.uri("/metrics").toString();
            MetricsSampler sampler = sampler(node.uri("/metrics"), OutboundHttpSettings.defaults());

            sampler.scrapeOnce();
            sampler.scrapeOnce();
            sampler.scrapeOnce();
            assertThat(console).singleElement().asString().startsWith("metrics scrape failed: HTTP 404 from " + url);

            sampler.close();

            assertThat(console)
                    .hasSize(2)
                    .last()
                    .isEqualTo("metrics scrape: 4 of 4 failed, last: HTTP 404 from " + url);
            assertThat(sampler.endpoint())
                    .isEqualTo(new RunMetadata.MetricsEndpoint(
                            url, false, "HTTP 404 from " + url, 4, 4, "HTTP 404 from " + url));
        }
    }

    @Test
    void anOversizedMetricsBodyIsRefusedWithTheSizeCause() throws Exception {
        Properties oneMib = new Properties();
        oneMib.setProperty("scrape.max.mib", "1");
        try (MisbehavingServer endless = new MisbehavingServer(MisbehavingServer.ENDLESS_BODY)) {
            MetricsSampler sampler =
                    sampler(endless.uri("/metrics"), OutboundHttpSettings.from(Environment.of(Map.of(), oneMib)));

            ScrapeRecord record = sampler.scrapeOnce();
            sampler.close();

            assertThat(record.status()).isNull();
            assertThat(record.error()).isEqualTo("body larger than 1 MiB at " + endless.uri("/metrics"));
            assertThat(sampler.endpoint().lastFailure()).isEqualTo(record.error());
        }
    }

    @Test
    void anAnswerIsStampedWhenItArrivedSoAQueuedScrapeDoesNotSkewCounterRates() throws Exception {
        // A busy event loop handles the scrape only after the requests queued before it: here 300 ms later.
        com.sun.net.httpserver.HttpServer busy =
                com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        busy.createContext("/metrics", exchange -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = NODE_METRICS.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        busy.start();
        try {
            MetricsSampler sampler = sampler(
                    java.net.URI.create("http://127.0.0.1:" + busy.getAddress().getPort() + "/metrics"),
                    OutboundHttpSettings.defaults());
            long sent = System.currentTimeMillis();

            ScrapeRecord record = sampler.scrapeOnce();
            sampler.close();

            assertThat(record.succeeded()).isTrue();
            assertThat(record.tsMs()).as("stamped on arrival, not when sent").isGreaterThanOrEqualTo(sent + 300);
        } finally {
            busy.stop(0);
        }
    }
}
