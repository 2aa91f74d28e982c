package dev.stressgate.report.sources.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The PromQL the report runs, read from monitoring/queries.json so users can edit it without touching Java. */
public record MetricQueryCatalog(List<MetricQuery> queries) {

    public MetricQueryCatalog {
        queries = List.copyOf(queries);
    }

    /** Reads and validates a catalog; errors name the file, the query index and the field. */
    public static MetricQueryCatalog load(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": query catalog not found", e);
        } catch (JsonProcessingException e) {
            throw new IOException(
                    file + ": not valid JSON: " + e.getOriginalMessage() + " at line "
                            + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr(),
                    e);
        }
        JsonNode array = root == null ? null : root.get("queries");
        if (array == null || !array.isArray()) {
            throw new IOException(file + ": field 'queries' must be an array of {id, title, unit, query}");
        }
        List<MetricQuery> queries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode entry = array.get(i);
            MetricQuery query = new MetricQuery(
                    requiredText(file, i, entry, "id"),
                    requiredText(file, i, entry, "title"),
                    requiredText(file, i, entry, "unit"),
                    requiredText(file, i, entry, "query"),
                    optionalFlag(file, i, entry, "runtime_specific"));
            if (!ids.add(query.id())) {
                throw new IOException(file + ": queries[" + i + "].id '" + query.id() + "' is used twice");
            }
            queries.add(query);
        }
        return new MetricQueryCatalog(queries);
    }

    private static boolean optionalFlag(Path file, int index, JsonNode entry, String field) throws IOException {
        JsonNode value = entry.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new IOException(file + ": queries[" + index + "]." + field + " must be true or false, got " + value);
        }
        return value.asBoolean();
    }

    private static String requiredText(Path file, int index, JsonNode entry, String field) throws IOException {
        JsonNode value = entry.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IOException(file + ": queries[" + index + "]." + field + " must be a non-empty string");
        }
        return value.asText();
    }
}
