package dev.stressgate.report.sources.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds a run directory's scrape.jsonl in the sampler's shape, one JSON object per line. */
final class ScrapeFixture {

    /**
     * The collector with the shipped query catalogue and a Prometheus URL on a port nothing listens on, so every
     * series comes from the run's scrape.jsonl, as for a user without a monitoring stack.
     */
    static MetricsCollector collectorWithoutPrometheus() throws IOException {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        MetricsSettings settings = new MetricsSettings(
                java.net.URI.create("http://127.0.0.1:" + closedPort),
                MetricsSettings.DEFAULT_SELECTOR,
                java.time.Duration.ofSeconds(5),
                java.time.Duration.ofSeconds(2));
        return new MetricsCollector(settings, MetricQueryCatalog.load(Path.of("monitoring/queries.json")));
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final List<String> lines = new ArrayList<>();

    ScrapeFixture scrape(long tsMs, String body) {
        ObjectNode node =
                mapper.createObjectNode().put("ts_ms", tsMs).put("status", 200).put("body", body);
        lines.add(node.toString());
        return this;
    }

    ScrapeFixture failure(long tsMs, String error) {
        lines.add(
                mapper.createObjectNode().put("ts_ms", tsMs).put("error", error).toString());
        return this;
    }

    ScrapeFixture rawLine(String line) {
        lines.add(line);
        return this;
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    Path writeInto(Path runDir) throws IOException {
        return Files.write(runDir.resolve("scrape.jsonl"), lines);
    }
}
