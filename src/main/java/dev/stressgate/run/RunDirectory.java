package dev.stressgate.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One run's directory and the one owner of everything about it: where run directories go by default
 * ({@value #DEFAULT_LOCATION}), how one is named ({@code <UTC yyyyMMdd'T'HHmmss'Z'>-<label>}, the label being
 * {@code run.name} or the profile's name, safe characters only), the names of the files in it, and which run is the
 * latest ({@value #LATEST_POINTER} in the artifact directory, written when a run directory is created). Gatling
 * writes into {@code gatling/}; the run itself writes run.json, profile.json, scrape.jsonl, injector.jsonl and
 * realtime.json; the report step summary.json, report.html and the rest. Writers get one from
 * {@link #create} (the launcher, once the profile has validated) or {@link #open} (the simulation); readers from
 * {@link #at}.
 *
 * <p>A run shared by N injectors ({@code RUN_ID}) is one directory {@code <artifact dir>/<run id>/} holding one
 * normal run directory per injector, {@code injector-<index>/} ({@link #createForInjector}, {@link #injectorDirs});
 * the report reads the shared directory and writes its artifacts there.
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
    private static final String INJECTOR_JSONL = "injector.jsonl";
    private static final String REALTIME_JSON = "realtime.json";
    private static final String GATLING_RESULTS = "gatling";
    private static final String SIMULATION_LOG = "simulation.log";
    private static final Pattern RUN_ID = Pattern.compile("[0-9]{8}T[0-9]{6}Z-" + LABEL.pattern());

    /** The report's summary of Gatling's results, written by the report step, read by the baseline and the index. */
    public static final String SUMMARY_JSON = "summary.json";

    /** The report's HTML page, written by the report step, linked from the index and the gate's verdict. */
    public static final String REPORT_HTML = "report.html";

    /** The file in the artifact directory naming the run directory the latest run created. */
    public static final String LATEST_POINTER = "latest-run";

    private static final String INJECTOR_PREFIX = "injector-";
    private static final Pattern INJECTOR_DIR = Pattern.compile(Pattern.quote(INJECTOR_PREFIX) + "(\\d{1,6})");

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

    /** Refuses a run id or label that cannot name a directory safely; {@code what} names the setting. */
    public static String requireSafeName(String what, String name) {
        if (name == null || !LABEL.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException(
                    what + ": expected letters, digits, '.', '_' or '-' (a directory name), got '" + name + "'");
        }
        return name;
    }

    /**
     * Creates injector {@code index}'s run directory {@code <artifactDir>/<runId>/injector-<index>/} of a run shared
     * by several injectors; refuses one that already holds a run (an index used twice).
     */
    public static RunDirectory createForInjector(Path artifactDir, String runId, int index) {
        Path path = artifactDir.resolve(requireSafeName("run id", runId)).resolve(injectorDirName(index));
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the injector directory " + path + ": " + e.getMessage(), e);
        }
        if (Files.exists(path.resolve(RUN_JSON)) || Files.exists(path.resolve(GATLING_RESULTS))) {
            throw new IllegalArgumentException(path + " already holds a run: injector " + index + " of run " + runId
                    + " ran before (each injector needs its own injector.index, each run its own RUN_ID)");
        }
        return new RunDirectory(path);
    }

    /** The name of injector {@code index}'s directory in a shared run directory: {@code injector-<index>}. */
    public static String injectorDirName(int index) {
        return INJECTOR_PREFIX + index;
    }

    /** The injector directories ({@code injector-<index>/}) of a shared run directory, by index; empty if none. */
    public static List<Path> injectorDirs(Path sharedRunDir) throws IOException {
        if (!Files.isDirectory(sharedRunDir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(sharedRunDir)) {
            return children.filter(Files::isDirectory)
                    .filter(dir -> injectorIndex(dir).isPresent())
                    .sorted(Comparator.comparingInt(dir -> injectorIndex(dir).getAsInt()))
                    .toList();
        }
    }

    /** The index of an injector directory ({@code injector-<index>}), or empty for any other directory. */
    public static OptionalInt injectorIndex(Path dir) {
        Path name = dir.getFileName();
        Matcher matcher = INJECTOR_DIR.matcher(name == null ? "" : name.toString());
        return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    /** Whether this directory is shared by several injectors: it holds {@code injector-<index>/} directories. */
    public boolean sharedByInjectors() {
        try {
            return !injectorDirs(path).isEmpty();
        } catch (IOException e) {
            return false;
        }
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
        return Files.exists(runJson()) || Files.isDirectory(gatlingResults()) || sharedByInjectors();
    }

    public Path path() {
        return path;
    }

    /** The directory's name; for an injector's directory, the shared run's (its parent's) name. */
    public String runId() {
        Path parent = path.toAbsolutePath().normalize().getParent();
        return injectorIndex(path).isPresent() && parent != null && parent.getFileName() != null
                ? parent.getFileName().toString()
                : path.getFileName().toString();
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

    /** The injector's own CPU, GC and heap samples ({@link InjectorSample}, one JSON object a line). */
    public Path injectorJsonl() {
        return path.resolve(INJECTOR_JSONL);
    }

    /** The injector's realtime measurements (connects, drops, fan-out, sockets held), when it ran realtime users. */
    public Path realtimeJson() {
        return path.resolve(REALTIME_JSON);
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
