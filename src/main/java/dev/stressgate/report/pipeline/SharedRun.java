package dev.stressgate.report.pipeline;

import dev.stressgate.profile.LoadProfile;
import dev.stressgate.report.gatling.InjectorLog;
import dev.stressgate.report.gatling.InjectorRun;
import dev.stressgate.report.gatling.ResponseStats;
import dev.stressgate.run.RunDirectory;
import dev.stressgate.run.RunMetadata;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A run shared by several injectors: the directory {@code <run id>/} holding one run directory per injector
 * ({@code injector-<index>/}, {@link RunDirectory#injectorDirs}). Read as one run: the records of every
 * simulation.log merged, one run.json spanning them all ({@link #merged}), the profile and the server scrapes of the
 * lowest-numbered injector that has them, and per injector whether it started on time, finished and left results
 * ({@link #injectorRuns}). An injector that left nothing behind is still counted, from the others' injector count.
 */
final class SharedRun {
    private final Path dir;
    private final List<Part> parts;
    private final int expectedCount;

    /** One injector directory as found: its run.json (null with the reason when unusable) and its logs. */
    private record Part(int index, Path dir, RunMetadata run, String problem, List<Path> logs) {}

    private SharedRun(Path dir, List<Part> parts, int expectedCount) {
        this.dir = dir;
        this.parts = parts;
        this.expectedCount = expectedCount;
    }

    /** The shared run in {@code runDir}, or empty when it is a run directory of one injector. */
    static Optional<SharedRun> at(Path runDir) throws UnusableInputException {
        List<Path> dirs;
        try {
            dirs = RunDirectory.injectorDirs(runDir);
        } catch (IOException e) {
            throw new UnusableInputException("cannot list " + runDir + ": " + e.getMessage(), e);
        }
        if (dirs.isEmpty()) {
            return Optional.empty();
        }
        List<Part> parts = new ArrayList<>(dirs.size());
        int expected = 0;
        for (Path injectorDir : dirs) {
            int index = RunDirectory.injectorIndex(injectorDir).orElseThrow();
            RunMetadata run = null;
            String problem = null;
            try {
                run = VerdictInputReader.run(injectorDir);
                expected = Math.max(expected, run.injector().count());
            } catch (UnusableInputException e) {
                problem = e.getMessage();
            }
            List<Path> logs;
            try {
                logs = ReportPipeline.simulationLogs(injectorDir);
            } catch (UnusableInputException e) {
                logs = List.of();
            }
            expected = Math.max(expected, index + 1);
            parts.add(new Part(index, injectorDir, run, problem, logs));
        }
        if (parts.stream().allMatch(part -> part.run() == null)) {
            throw new UnusableInputException("no injector of the shared run " + runDir + " left a usable run.json ("
                    + parts.get(0).problem() + "); none of them started its load");
        }
        return Optional.of(new SharedRun(runDir, parts, expected));
    }

    /** How many injectors the run was planned with. */
    int expectedCount() {
        return expectedCount;
    }

    /** Every simulation.log of every injector, by injector index; refuses a run where none left one. */
    List<Path> simulationLogs() throws UnusableInputException {
        List<Path> logs = parts.stream().flatMap(part -> part.logs().stream()).toList();
        if (logs.isEmpty()) {
            throw new UnusableInputException("no simulation.log in any injector directory of " + dir
                    + " (no injector ran its load: see each injector-<index>/run.json and the injectors' output)");
        }
        return logs;
    }

    /** The profile the injectors ran, from the lowest-numbered injector with a usable profile.json. */
    LoadProfile profile() throws UnusableInputException {
        return VerdictInputReader.profile(profileDir());
    }

    /** The lowest-numbered injector directory whose profile.json is usable (else the first, to name the problem). */
    Path profileDir() {
        for (Part part : parts) {
            try {
                VerdictInputReader.profile(part.dir());
                return part.dir();
            } catch (UnusableInputException e) {
                // try the next injector
            }
        }
        return parts.get(0).dir();
    }

    /** Where the server scrapes (scrape.jsonl) are read from: the lowest-numbered injector with a run.json. */
    Path scrapeDir() {
        return firstRun().dir();
    }

    /**
     * One run.json for the whole run: its id is the shared directory's name, it starts with the earliest injector
     * that has results and ends with the latest one (no end while any of them has none), with the first injector's
     * profile, target and metrics endpoint; {@code injector} holds the count and the common start.
     */
    RunMetadata merged() {
        List<Part> started = parts.stream().filter(part -> part.run() != null).toList();
        List<Part> withResults =
                started.stream().filter(part -> !part.logs().isEmpty()).toList();
        List<Part> span = withResults.isEmpty() ? started : withResults;
        long start =
                span.stream().mapToLong(part -> part.run().startEpochMs()).min().orElseThrow();
        Long end = span.stream().anyMatch(part -> part.run().endEpochMs() == null)
                ? null
                : span.stream()
                        .map(part -> part.run().endEpochMs())
                        .max(Comparator.naturalOrder())
                        .orElseThrow();
        RunMetadata first = firstRun().run();
        RunMetadata.Injector injector = first.injector();
        return new RunMetadata(
                first.schemaVersion(),
                RunDirectory.at(dir).runId(),
                first.profile(),
                first.baseUrl(),
                first.simulation(),
                start,
                end,
                first.gatlingVersion(),
                first.gitCommit(),
                new RunMetadata.Injector(
                        0,
                        expectedCount,
                        injector.plannedStartEpochMs(),
                        injector.plannedStartEpochMs() == null ? null : start,
                        injector.startToleranceMs()),
                first.metricsEndpoint(),
                first.workload(),
                abort());
    }

    /**
     * The first abort among the injectors: an {@code abort_when} that stopped one of them stopped its share of the
     * run, which the shared report and the gate must say. Null when none was stopped early.
     */
    private RunMetadata.Abort abort() {
        return parts.stream()
                .map(Part::run)
                .filter(Objects::nonNull)
                .map(RunMetadata::abort)
                .filter(Objects::nonNull)
                .min(Comparator.comparingLong(RunMetadata.Abort::atEpochMs))
                .orElse(null);
    }

    /** Per injector 0..count-1, how its part went, with its own request figures from {@code injectors}. */
    List<InjectorRun> injectorRuns(List<InjectorLog> injectors) {
        List<InjectorRun> runs = new ArrayList<>(expectedCount);
        for (int index = 0; index < expectedCount; index++) {
            int wanted = index;
            Optional<Part> part =
                    parts.stream().filter(p -> p.index() == wanted).findFirst();
            runs.add(part.map(p -> injectorRun(p, injectors)).orElseGet(() -> missing(wanted, null)));
        }
        return runs;
    }

    private static InjectorRun injectorRun(Part part, List<InjectorLog> injectors) {
        if (part.run() == null) {
            return missing(part.index(), part.problem());
        }
        RunMetadata.Injector injector = part.run().injector();
        Long offset =
                injector.startOffsetMs().isPresent() ? injector.startOffsetMs().getAsLong() : null;
        Boolean onTime =
                offset == null || injector.startToleranceMs() == null ? null : offset <= injector.startToleranceMs();
        ResponseStats stats = injectors.stream()
                .filter(log -> Path.of(log.file()).startsWith(part.dir()))
                .map(InjectorLog::requestStats)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        boolean ended = part.run().endEpochMs() != null;
        boolean hasResults = !part.logs().isEmpty();
        InjectorRun.Status status;
        String note;
        if (Boolean.FALSE.equals(onTime)) {
            status = InjectorRun.Status.LATE;
            note = "reached the common start " + seconds(offset) + " s late (tolerance "
                    + seconds(injector.startToleranceMs()) + " s)" + (hasResults ? "" : " and ran no load");
        } else if (!hasResults) {
            status = InjectorRun.Status.NO_RESULTS;
            note = "left no simulation.log" + (ended ? "" : " and no end in run.json (killed before its load ran)");
        } else if (!ended) {
            status = InjectorRun.Status.UNFINISHED;
            note = "run.json has no end: killed or crashed during the load; its results are partial";
        } else {
            status = InjectorRun.Status.OK;
            note = null;
        }
        return new InjectorRun(
                part.index(),
                RunDirectory.injectorDirName(part.index()),
                status,
                injector.plannedStartEpochMs(),
                injector.actualStartEpochMs() != null
                        ? injector.actualStartEpochMs()
                        : Long.valueOf(part.run().startEpochMs()),
                offset,
                onTime,
                ended && hasResults,
                stats,
                note);
    }

    private static InjectorRun missing(int index, String problem) {
        return new InjectorRun(
                index,
                RunDirectory.injectorDirName(index),
                InjectorRun.Status.MISSING,
                null,
                null,
                null,
                null,
                false,
                null,
                problem == null
                        ? "no " + RunDirectory.injectorDirName(index) + "/ directory: it never started"
                        : problem);
    }

    private Part firstRun() {
        return parts.stream().filter(part -> part.run() != null).findFirst().orElseThrow();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
