package dev.stressgate.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * One run's directory and the one owner of everything about it: where run directories go by default
 * ({@value #DEFAULT_LOCATION}), how one is named ({@code <UTC yyyyMMdd'T'HHmmss'Z'>-<label>}, the label being
 * {@code run.name} or the profile's name, safe characters only) and the names of the files in it. Gatling writes
 * into {@code gatling/}; the run itself writes run.json, profile.json, scrape.jsonl and realtime.json. Writers get one from
 * {@link #create} (the launcher, once the profile has validated) or {@link #open} (the simulation); readers from
 * {@link #at}.
 */
public final class RunDirectory {
    /** Where run directories go unless {@code ARTIFACT_DIR} / {@code -Dartifact.dir} says otherwise. */
    public static final String DEFAULT_LOCATION = "tmp/stress-runs";

    public static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9._-]+");
    private static final String RUN_JSON = "run.json";
    private static final String PROFILE_JSON = "profile.json";
    private static final String SCRAPE_JSONL = "scrape.jsonl";
    private static final String REALTIME_JSON = "realtime.json";
    private static final String GATLING_RESULTS = "gatling";

    private final Path path;

    private RunDirectory(Path path) {
        this.path = path;
    }

    /** The run id for a start time and label, e.g. {@code 20261122T050000Z-smoke}; refuses an unsafe label. */
    public static String runId(Instant start, String label) {
        if (label == null || !LABEL.matcher(label).matches()) {
            throw new IllegalArgumentException("run name '" + label + "' cannot name a run directory; expected "
                    + "letters, digits, '.', '_' or '-' (the profile's \"name\", or -Drun.name=<label>)");
        }
        return ID_TIME.format(start) + "-" + label;
    }

    /**
     * Creates a fresh run directory under {@code artifactDir} for a run starting at {@code start}; when the id is
     * already taken (two runs in one second) the later one gets a numeric suffix.
     */
    public static RunDirectory create(Path artifactDir, Instant start, String label) {
        String id = runId(start, label);
        try {
            Files.createDirectories(artifactDir);
            Path candidate = artifactDir.resolve(id);
            for (int suffix = 2; ; suffix++) {
                try {
                    return new RunDirectory(Files.createDirectory(candidate));
                } catch (FileAlreadyExistsException taken) {
                    candidate = artifactDir.resolve(id + "-" + suffix);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot create a run directory under " + artifactDir + ": " + e.getMessage(), e);
        }
    }

    /** The directory the launcher created for this run; refuses a missing one or one already used by a run. */
    public static RunDirectory open(Path path) {
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("run directory " + path + " does not exist; start the run through "
                    + "GatlingLauncher (scripts/stress-run.sh), which creates it");
        }
        RunDirectory directory = new RunDirectory(path);
        if (Files.exists(directory.runJson())) {
            throw new IllegalStateException(
                    path + " already holds a run (run.json exists); choose a new run directory");
        }
        return directory;
    }

    /**
     * The directory {@code mvn gatling:test} named in the pom ({@code -Drun.dir}), created now that the profile has
     * validated; its name must be a run id whose label is safe (a profile given by path needs {@code -Drun.name}).
     * A directory the launcher already created is simply opened.
     */
    public static RunDirectory openNamed(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        int dash = name.indexOf('-');
        String label = dash < 0 ? "" : name.substring(dash + 1);
        if (dash < 0
                || !LABEL.matcher(label).matches()
                || !path.normalize()
                        .equals(
                                path.getParent() == null
                                        ? path
                                        : path.getParent().normalize().resolve(name))) {
            throw new IllegalArgumentException("run directory " + path + " is not <time>-<label> with a safe label; "
                    + "when -Dprofile is a file path, give -Drun.name=<label> (letters, digits, '.', '_' or '-')");
        }
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the run directory " + path + ": " + e.getMessage(), e);
        }
        return open(path);
    }

    /** An existing run directory, for reading its files. */
    public static RunDirectory at(Path path) {
        return new RunDirectory(path);
    }

    /** Whether the directory holds a run's files (run.json or Gatling's results), as opposed to anything else. */
    public boolean holdsRun() {
        return Files.exists(runJson()) || Files.isDirectory(gatlingResults());
    }

    public Path path() {
        return path;
    }

    public String runId() {
        return path.getFileName().toString();
    }

    public Path runJson() {
        return path.resolve(RUN_JSON);
    }

    public Path profileJson() {
        return path.resolve(PROFILE_JSON);
    }

    public Path scrapeJsonl() {
        return path.resolve(SCRAPE_JSONL);
    }

    /** The injector's realtime measurements (connects, drops, fan-out, sockets held), when it ran realtime users. */
    public Path realtimeJson() {
        return path.resolve(REALTIME_JSON);
    }

    public Path gatlingResults() {
        return path.resolve(GATLING_RESULTS);
    }
}
