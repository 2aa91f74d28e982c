package dev.stressgate.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and (atomically) writes {@code run.json}. */
public final class RunMetadataFile {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RunMetadataFile() {
    }

    public static void write(Path file, RunMetadata metadata) {
        try {
            AtomicFile.write(file, temp -> MAPPER.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), metadata));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static RunMetadata read(Path file) {
        try {
            RunMetadata metadata = MAPPER.readValue(Files.readAllBytes(file), RunMetadata.class);
            if (metadata.schemaVersion() != RunMetadata.SCHEMA_VERSION) {
                throw new IllegalArgumentException(file + ": schema_version: expected "
                        + RunMetadata.SCHEMA_VERSION + ", got " + metadata.schemaVersion());
            }
            return metadata;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not a valid run.json: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
