package dev.stressgate.report.sources.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads one line of the reference app's JSON log (logstash-logback-encoder: {@code @timestamp}, {@code level},
 * {@code message}, {@code route}, {@code status}, ...). Lines that are not such JSON objects answer empty.
 */
final class AppLogLineParser {

    private final ObjectMapper mapper = new ObjectMapper();

    Optional<LogEntry> parse(String redactedLine) {
        JsonNode node;
        try {
            node = mapper.readTree(redactedLine);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (node == null || !node.isObject() || !node.path("@timestamp").isTextual()) {
            return Optional.empty();
        }
        long epochMs;
        try {
            epochMs = Instant.parse(node.get("@timestamp").asText()).toEpochMilli();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        JsonNode status = node.path("status");
        return Optional.of(new LogEntry(epochMs, textOrNull(node, "level"), textOrNull(node, "message"),
                textOrNull(node, "route"), status.canConvertToInt() ? status.asInt() : null, redactedLine));
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
