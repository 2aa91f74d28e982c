package dev.stressgate.report.ai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.stressgate.run.AtomicFile;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes and reads {@code ai-analysis.json}: snake_case field names, nulls kept (a null says "not available"),
 * written to a temporary file in the same directory and renamed over the target so readers never see half a file.
 */
public final class AiAnalysisJson {

    public static final String FILE_NAME = "ai-analysis.json";

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

    public AiAnalysis read(Path file) throws IOException {
        try {
            return mapper.readValue(file.toFile(), AiAnalysis.class);
        } catch (IOException e) {
            throw new IOException(file + ": not a valid " + FILE_NAME + ": " + e.getMessage(), e);
        }
    }
}
