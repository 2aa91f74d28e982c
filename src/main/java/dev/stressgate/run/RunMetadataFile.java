package dev.stressgate.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads (every field the report needs checked, see {@link RunMetadataCheck}) and atomically writes {@code run.json}. */
public final class RunMetadataFile {
    private static final ObjectMapper MAPPER =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RunMetadataFile() {}

    public static void write(Path file, RunMetadata metadata) {
        try {
            AtomicFile.write(
                    file, temp -> MAPPER.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), metadata));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static RunMetadata read(Path file) {
        try {
            JsonNode root = MAPPER.readTree(Files.readAllBytes(file));
            new RunMetadataCheck(file).check(root);
            return MAPPER.treeToValue(root, RunMetadata.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not a valid run.json: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
