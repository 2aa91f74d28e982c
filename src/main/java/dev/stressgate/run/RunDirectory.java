package dev.stressgate.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * One run's directory, {@code <artifact dir>/<UTC yyyyMMdd'T'HHmmss'Z'>-<profile>/}, and the names of the files in
 * it. Gatling writes into {@code gatling/}; the run itself writes run.json, profile.json and scrape.jsonl.
 */
public final class RunDirectory {
    public static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9._-]+");

    private final Path path;

    private RunDirectory(Path path) {
        this.path = path;
    }

    /** The run id for a start time and profile label, e.g. {@code 20261122T050000Z-smoke}. */
    public static String runId(Instant start, String profileLabel) {
        if (!LABEL.matcher(profileLabel).matches()) {
            throw new IllegalArgumentException("profile label '" + profileLabel
                    + "' cannot name a run directory; expected letters, digits, '.', '_' or '-'");
        }
        return ID_TIME.format(start) + "-" + profileLabel;
    }

    /** Picks a fresh run directory under {@code artifactDir}; a later one gets a numeric suffix if the id is taken. */
    public static Path choose(Path artifactDir, Instant start, String profileLabel) {
        String id = runId(start, profileLabel);
        Path candidate = artifactDir.resolve(id);
        for (int attempt = 2; Files.exists(candidate); attempt++) {
            candidate = artifactDir.resolve(id + "-" + attempt);
        }
        return candidate;
    }

    /** Creates (or reuses, when the build already made it for Gatling) the directory; refuses one used by a run. */
    public static RunDirectory open(Path path) {
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create run directory " + path + ": " + e.getMessage(), e);
        }
        RunDirectory directory = new RunDirectory(path);
        if (Files.exists(directory.runJson())) {
            throw new IllegalStateException(path + " already holds a run (run.json exists); choose a new run directory");
        }
        return directory;
    }

    public Path path() {
        return path;
    }

    public String runId() {
        return path.getFileName().toString();
    }

    public Path runJson() {
        return path.resolve("run.json");
    }

    public Path profileJson() {
        return path.resolve("profile.json");
    }

    public Path scrapeJsonl() {
        return path.resolve("scrape.jsonl");
    }

    public Path gatlingResults() {
        return path.resolve("gatling");
    }
}
