package dev.stressgate.report.sources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.stressgate.run.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes and reads the sources' report artifacts (metrics.json, logs.json): snake_case JSON, pretty printed,
 * written to a temp file in the same directory and renamed atomically so readers never see half a file.
 */
public final class ArtifactJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ArtifactJson() {}

    public static void write(Path target, Object artifact) throws IOException {
        AtomicFile.write(target, temp -> MAPPER.writeValue(temp.toFile(), artifact));
    }

    public static <T> T read(Path source, Class<T> type) throws IOException {
        try {
            return MAPPER.readValue(source.toFile(), type);
        } catch (JsonProcessingException e) {
            throw new IOException(
                    source + ": not a valid " + type.getSimpleName() + " document: " + e.getOriginalMessage() + " at "
                            + e.getLocation(),
                    e);
        }
    }
}
