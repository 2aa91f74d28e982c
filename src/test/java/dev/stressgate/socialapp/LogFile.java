package dev.stressgate.socialapp;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads an app instance's JSON-lines log file. */
final class LogFile {

    private LogFile() {}

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> lines(Path file) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text(file).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                lines.add(ApiClient.JSON.readTree(line));
            } catch (IOException e) {
                throw new UncheckedIOException("log line is not JSON: " + line, e);
            }
        }
        return lines;
    }

    static List<JsonNode> requests(Path file) {
        return lines(file).stream()
                .filter(line -> line.path("message").asText().equals("request processed"))
                .toList();
    }
}
