package dev.stressgate.report.analysis;

import dev.stressgate.report.gatling.SummaryReader;
import dev.stressgate.run.RunDirectory;
import dev.stressgate.run.RunMetadata;
import dev.stressgate.run.RunMetadataFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Finds the baseline of a run among the run directories beside it: an earlier run ({@code <yyyyMMdd'T'HHmmss'Z'>-...}
 * ids sort by start time) of the same {@link BaselineTarget} (base URL and profile hash) that has a summary.json,
 * preferring the latest one that passed its gate, else the latest one. Whether a run passed is the caller's rule
 * ({@code passedGate}), read from that run's own artifacts. A sibling whose run.json or summary.json cannot be read
 * is skipped with its cause, never fatal.
 */
public final class BaselineLocator {

    private final Predicate<Path> passedGate;

    /** @param passedGate whether the run in a directory passed its gate (false when it cannot tell) */
    public BaselineLocator(Predicate<Path> passedGate) {
        this.passedGate = passedGate;
    }

    public BaselineChoice previous(Path artifactDir, RunMetadata current) {
        BaselineTarget target = BaselineTarget.of(current);
        String like = "earlier run against " + target.describe();
        if (target.profileSha256() == null) {
            return BaselineChoice.none("No baseline: this run's run.json has no profile hash, so no earlier run "
                    + "can be shown to use the same profile.");
        }
        List<String> skipped = new ArrayList<>();
        List<Path> candidates = new ArrayList<>();
        for (Path dir : earlierSiblings(artifactDir, current.runId(), skipped)) {
            Optional<BaselineTarget> other = targetOf(dir, skipped);
            if (other.isPresent()
                    && target.matches(other.get())
                    && Files.isRegularFile(RunDirectory.at(dir).summaryJson())) {
                candidates.add(dir);
            }
        }
        candidates.sort(
                Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        Optional<Path> passed = candidates.stream().filter(passedGate).findFirst();
        List<Path> order = new ArrayList<>(passed.stream().toList());
        candidates.stream()
                .filter(p -> passed.map(q -> !q.equals(p)).orElse(true))
                .forEach(order::add);
        for (Path dir : order) {
            try {
                Baseline baseline = load(dir);
                String reason = dir.equals(passed.orElse(null))
                        ? "Baseline " + baseline.runId() + ": the latest " + like + " that passed its gate."
                        : "Baseline " + baseline.runId() + ": the latest " + like + "; none of them passed its gate.";
                return new BaselineChoice(Optional.of(baseline), reason, skipped);
            } catch (IOException | IllegalArgumentException e) {
                skipped.add(dir.getFileName() + ": " + e.getMessage());
            }
        }
        return new BaselineChoice(
                Optional.empty(), "No baseline: no reported " + like + " in " + artifactDir + ".", skipped);
    }

    /** The baseline in an explicit run directory; its summary.json must exist. */
    public static Baseline load(Path runDir) throws IOException {
        Path summary = RunDirectory.at(runDir).summaryJson();
        if (!Files.isRegularFile(summary)) {
            throw new IOException("baseline " + runDir + " has no " + RunDirectory.SUMMARY_JSON);
        }
        return new Baseline(
                runDir.getFileName().toString(), ClientSnapshots.of(new SummaryReader().readTotalsFrom(runDir)));
    }

    private static List<Path> earlierSiblings(Path artifactDir, String currentRunId, List<String> skipped) {
        if (!Files.isDirectory(artifactDir)) {
            return List.of();
        }
        try (Stream<Path> runs = Files.list(artifactDir)) {
            return runs.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().compareTo(currentRunId) < 0)
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            skipped.add(artifactDir + ": cannot be listed: " + e.getMessage());
            return List.of();
        }
    }

    /** The directory's target from its run.json; empty (with a note when run.json exists but is unusable) otherwise. */
    private static Optional<BaselineTarget> targetOf(Path runDir, List<String> skipped) {
        Path runJson = RunDirectory.at(runDir).runJson();
        if (!Files.isRegularFile(runJson)) {
            return Optional.empty();
        }
        try {
            return Optional.of(BaselineTarget.of(RunMetadataFile.read(runJson)));
        } catch (IllegalArgumentException | UncheckedIOException e) {
            skipped.add(runDir.getFileName() + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
