package dev.stressgate.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One run's directory and the one owner of everything about it: where run directories go by default
 * ({@value #DEFAULT_LOCATION}), how one is named ({@code <UTC yyyyMMdd'T'HHmmss'Z'>-<label>}, the label being
 * {@code run.name} or the profile's name, safe characters only), the names of the files in it, and which run is the
 * latest ({@value #LATEST_POINTER} in the artifact directory, written when a run directory is created). Gatling
 * writes into {@code gatling/}; the run itself writes run.json, profile.json and scrape.jsonl; the report step
 * summary.json, report.html and the rest. Writers get one from
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
    private static final String GATLING_RESULTS = "gatling";
    private static final String SIMULATION_LOG = "simulation.log";
    private static final Pattern RUN_ID = Pattern.compile("[0-9]{8}T[0-9]{6}Z-" + LABEL.pattern());

    /** The report's summary of Gatling's results, written by the report step, read by the baseline and the index. */
    public static final String SUMMARY_JSON = "summary.json";

    /** The report's HTML page, written by the report step, linked from the index and the gate's verdict. */
    public static final String REPORT_HTML = "report.html";

    /** The file in the artifact directory naming the run directory the latest run created. */
    public static final String LATEST_POINTER = "latest-run";

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
                    RunDirectory created = new RunDirectory(Files.createDirectory(candidate));
                    created.recordAsLatest();
                    return created;
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
        RunDirectory directory = open(path);
        directory.recordAsLatest();
        return directory;
    }

    /**
     * Records this directory as the latest run of its artifact directory ({@value #LATEST_POINTER} beside it, holding
     * its name, replaced atomically), so that scripts and {@code report} without {@code --run-dir} take the directory
     * the last run created instead of guessing from a listing.
     */
    public void recordAsLatest() {
        Path pointer = latestPointer(path.toAbsolutePath().getParent());
        try {
            AtomicFile.writeString(pointer, runId() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record " + path + " as the latest run in " + pointer, e);
        }
    }

    /** The file naming the latest run directory under {@code artifactDir}. */
    public static Path latestPointer(Path artifactDir) {
        return artifactDir.resolve(LATEST_POINTER);
    }

    /**
     * The run directory the latest run under {@code artifactDir} recorded, or empty when none did (no run yet, or
     * runs from before the pointer existed).
     */
    public static Optional<RunDirectory> latest(Path artifactDir) throws IOException {
        Path pointer = latestPointer(artifactDir);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        String name = Files.readString(pointer).strip();
        if (!RUN_ID.matcher(name).matches()) {
            throw new IOException(
                    pointer + ": expected the name of a run directory (<time>-<label>), got '" + name + "'");
        }
        return Optional.of(at(artifactDir.resolve(name)));
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

    public Path gatlingResults() {
        return path.resolve(GATLING_RESULTS);
    }

    /** The name of Gatling's binary log in each simulation folder under {@link #gatlingResults()}. */
    public static String simulationLogName() {
        return SIMULATION_LOG;
    }

    /** The report's summary of the Gatling results, written by the report step. */
    public Path summaryJson() {
        return path.resolve(SUMMARY_JSON);
    }

    /** The report's HTML page, written by the report step. */
    public Path reportHtml() {
        return path.resolve(REPORT_HTML);
    }
}
