package dev.stressgate.report.ai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.stressgate.report.analysis.Status;
import dev.stressgate.run.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes and reads {@code ai-analysis.json}: snake_case field names, nulls kept (a null says "not available"),
 * written to a temporary file in the same directory and renamed over the target so readers never see half a file.
 */
public final class AiAnalysisJson {

    public static final String FILE_NAME = "ai-analysis.json";
    private static final List<String> STATUS_NAMES =
            Arrays.stream(Status.values()).map(Status::name).toList();

    private final ObjectMapper mapper = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public Path write(Path runDir, AiAnalysis analysis) throws IOException {
        return AtomicFile.write(runDir.resolve(FILE_NAME), temp -> mapper.writeValue(temp.toFile(), analysis));
    }

    /**
     * Reads a file written by {@link #write}; anything else (not JSON, not an object, another schema version, no
     * valid {@code deterministic_status}, a field of the wrong type) is an IOException naming the file and field.
     */
    public AiAnalysis read(Path file) throws IOException {
        JsonNode root;
        try {
            root = mapper.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IOException(file + ": expected a JSON object, got "
                    + (root == null || root.isMissingNode()
                            ? "an empty file"
                            : root.toString().length() > 40
                                    ? root.getNodeType().name().toLowerCase()
                                    : root.toString()));
        }
        JsonNode version = root.get("schema_version");
        if (version == null || !version.isIntegralNumber() || version.asLong() != AiAnalysis.SCHEMA_VERSION) {
            throw new IOException(file + ": field 'schema_version': expected " + AiAnalysis.SCHEMA_VERSION + ", got "
                    + (version == null ? "nothing (the field is missing)" : version.toString()));
        }
        for (String field : List.of("deterministic_status", "status")) {
            JsonNode status = root.get(field);
            if (status == null || !status.isTextual() || !STATUS_NAMES.contains(status.asText())) {
                throw new IOException(file + ": field '" + field + "': expected one of " + STATUS_NAMES + ", got "
                        + (status == null ? "nothing (the field is missing)" : status.toString()));
            }
        }
        try {
            return mapper.treeToValue(root, AiAnalysis.class);
        } catch (JsonProcessingException e) {
            String field = e instanceof JsonMappingException bind
                    ? bind.getPath().stream()
                            .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                            .collect(Collectors.joining("."))
                    : "";
            throw new IOException(
                    file + ": " + (field.isEmpty() ? "" : "field '" + field + "': ")
                            + "not of the type or value schema version " + AiAnalysis.SCHEMA_VERSION + " expects",
                    e);
        }
    }
}
