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

    private final ObjectMapper mapper = new ObjectMapper();
    private final List<String> lines = new ArrayList<>();

    ScrapeFixture scrape(long tsMs, String body) {
        ObjectNode node = mapper.createObjectNode().put("ts_ms", tsMs).put("status", 200).put("body", body);
        lines.add(node.toString());
        return this;
    }

    ScrapeFixture failure(long tsMs, String error) {
        lines.add(mapper.createObjectNode().put("ts_ms", tsMs).put("error", error).toString());
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
