package dev.stressgate.report.sources.logs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Reads one (already redacted) log line, JSON object or logfmt, into a {@link LogEntry} by the
 * {@link LogConventions} and the {@link LogFieldMapping}: time, level, message, HTTP status, route (without its
 * query; a full URL is reduced to its path) and duration. The file reader and the Loki reader both use it; Loki
 * passes its own timestamp for lines that carry none (or none readable).
 */
final class StructuredLogParser {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Pattern ABSOLUTE_URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*");
    private static final int MAX_DETAIL = 60;

    private final LogFieldMapping mapping;

    StructuredLogParser(LogFieldMapping mapping) {
        this.mapping = mapping;
    }

    LineReading read(String line, OptionalLong fallbackEpochMs) {
        String trimmed = line.strip();
        ObjectNode fields;
        if (trimmed.startsWith("{")) {
            try {
                JsonNode node = MAPPER.readTree(trimmed);
                if (!(node instanceof ObjectNode object)) {
                    return new LineReading.Unreadable(UnreadableReason.NOT_STRUCTURED, null);
                }
                fields = object;
            } catch (JsonProcessingException e) {
                return new LineReading.Unreadable(UnreadableReason.MALFORMED_JSON, null);
            }
        } else {
            Optional<ObjectNode> logfmt = LogfmtLine.parse(trimmed);
            if (logfmt.isEmpty()) {
                return new LineReading.Unreadable(UnreadableReason.NOT_STRUCTURED, null);
            }
            fields = logfmt.get();
        }
        Optional<String> time = firstText(fields, LogFieldMapping.Field.TIME, LogConventions.TIME);
        LogTimestamps.Timestamp timestamp = time.flatMap(LogTimestamps::read).orElse(null);
        if (timestamp == null && fallbackEpochMs.isPresent()) {
            timestamp = new LogTimestamps.Timestamp(fallbackEpochMs.getAsLong(), false);
        }
        if (timestamp == null) {
            return time.isEmpty()
                    ? new LineReading.Unreadable(UnreadableReason.NO_TIMESTAMP, null)
                    : new LineReading.Unreadable(UnreadableReason.UNPARSEABLE_TIMESTAMP, abbreviated(time.get()));
        }
        return new LineReading.Read(
                new LogEntry(
                        timestamp.epochMs(),
                        firstText(fields, LogFieldMapping.Field.LEVEL, LogConventions.LEVEL)
                                .map(LogConventions::level)
                                .orElse(null),
                        firstText(fields, LogFieldMapping.Field.MESSAGE, LogConventions.MESSAGE)
                                .orElse(null),
                        route(fields),
                        status(fields),
                        durationMs(fields),
                        line),
                timestamp.utcAssumed());
    }

    private Integer status(ObjectNode fields) {
        for (String name : names(LogFieldMapping.Field.STATUS, LogConventions.STATUS)) {
            String text = text(find(fields, name));
            if (text != null && text.matches("[1-5][0-9]{2}")) {
                return Integer.valueOf(text);
            }
        }
        return null;
    }

    private String route(ObjectNode fields) {
        return firstText(fields, LogFieldMapping.Field.ROUTE, LogConventions.ROUTE)
                .map(StructuredLogParser::path)
                .orElse(null);
    }

    /** The path of a route, path or URL: without scheme and host, query or fragment. */
    static String path(String route) {
        String path = ABSOLUTE_URL.matcher(route.strip()).replaceFirst("");
        int query = path.indexOf('?');
        path = query >= 0 ? path.substring(0, query) : path;
        int fragment = path.indexOf('#');
        path = fragment >= 0 ? path.substring(0, fragment) : path;
        return path.isEmpty() ? "/" : path;
    }

    private Double durationMs(ObjectNode fields) {
        Optional<String> mapped = mapping.name(LogFieldMapping.Field.DURATION);
        if (mapped.isPresent()) {
            String text = text(find(fields, mapped.get()));
            Optional<Double> millis =
                    text == null ? Optional.empty() : LogDurations.millis(mapped.get(), text, mapping.durationUnit());
            if (millis.isPresent()) {
                return millis.get();
            }
        }
        for (String name : LogConventions.DURATION) {
            String text = text(find(fields, name));
            Optional<Double> millis = text == null ? Optional.empty() : LogDurations.millis(name, text, null);
            if (millis.isPresent()) {
                return millis.get();
            }
        }
        return null;
    }

    private Optional<String> firstText(ObjectNode fields, LogFieldMapping.Field field, List<String> conventions) {
        for (String name : names(field, conventions)) {
            String text = text(find(fields, name));
            if (text != null && !text.isBlank()) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    private List<String> names(LogFieldMapping.Field field, List<String> conventions) {
        Optional<String> mapped = mapping.name(field);
        if (mapped.isEmpty()) {
            return conventions;
        }
        List<String> names = new ArrayList<>(conventions.size() + 1);
        names.add(mapped.get());
        names.addAll(conventions);
        return names;
    }

    /** The field at a dotted path: a dotted key, nested objects, or any mix of the two. */
    static JsonNode find(JsonNode object, String path) {
        JsonNode direct = object.get(path);
        if (direct != null) {
            return direct;
        }
        for (int dot = path.indexOf('.'); dot > 0; dot = path.indexOf('.', dot + 1)) {
            JsonNode child = object.get(path.substring(0, dot));
            if (child != null && child.isObject()) {
                JsonNode found = find(child, path.substring(dot + 1));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A scalar's text (numbers in plain notation); null for absent, null and containers. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        return value.isNumber() ? value.decimalValue().toPlainString() : value.asText();
    }

    private static String abbreviated(String value) {
        return value.length() <= MAX_DETAIL ? value : value.substring(0, MAX_DETAIL) + "…";
    }
}
