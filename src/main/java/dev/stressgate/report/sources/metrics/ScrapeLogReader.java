package dev.stressgate.report.sources.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.report.sources.QueryApi;
import dev.stressgate.report.sources.RunWindow;
import dev.stressgate.report.sources.exposition.ExpositionParseException;
import dev.stressgate.report.sources.exposition.PrometheusTextParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads scrape.jsonl ({@code {"ts_ms":..,"status":200,"body":"<text exposition>"}} or
 * {@code {"ts_ms":..,"error":".."}} per line; {@code error} is the sampler's cause, e.g. "HTTP 404 from ...").
 * A bad line is skipped and reported with its line number; it never
 * stops the others from being read.
 */
public final class ScrapeLogReader {

    private final ObjectMapper mapper = new ObjectMapper();
    private final PrometheusTextParser parser = new PrometheusTextParser();

    public ScrapeLog read(Path file, RunWindow window) throws IOException {
        List<TimedExposition> scrapes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int failed = 0;
        JsonNode lastFailure = null;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file.getFileName() + " line " + lineNumber;
                JsonNode record;
                try {
                    record = mapper.readTree(line);
                } catch (JsonProcessingException e) {
                    problems.add(where + ": not JSON (" + e.getOriginalMessage() + ")");
                    continue;
                }
                JsonNode ts = record.get("ts_ms");
                if (ts == null || !ts.canConvertToLong()) {
                    problems.add(where + ": field 'ts_ms' missing or not an integer");
                    continue;
                }
                if (!window.contains(ts.asLong())) {
                    continue;
                }
                JsonNode body = record.get("body");
                if (record.hasNonNull("error") || record.path("status").asInt(200) != 200 || body == null || !body.isTextual()) {
                    failed++;
                    lastFailure = record;
                    continue;
                }
                try {
                    scrapes.add(new TimedExposition(ts.asLong(), parser.parse(body.asText())));
                } catch (ExpositionParseException e) {
                    problems.add(where + ": body is not valid Prometheus text: " + e.getMessage());
                }
            }
        }
        scrapes.sort(Comparator.comparingLong(TimedExposition::epochMs));
        return new ScrapeLog(scrapes, failed, problems, lastFailure == null ? null : failureCause(lastFailure));
    }

    /** What the sampler recorded as the cause (redacted, cut), or the status when it recorded none. */
    private static String failureCause(JsonNode record) {
        if (record.hasNonNull("error")) {
            return QueryApi.abbreviate(record.get("error").asText());
        }
        if (record.has("status") && record.path("status").asInt(200) != 200) {
            return "HTTP " + record.path("status").asText();
        }
        return "no body recorded";
    }
}
