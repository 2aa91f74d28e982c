package dev.stressgate.report.analysis;

import dev.stressgate.report.gatling.SummaryReader;
import dev.stressgate.run.RunMetadataFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the baseline of a run: the latest earlier run directory of the same profile (by the profile name in its
 * run.json) beside it that has a summary.json, or an explicit directory. Run ids start with the UTC start time
 * ({@code <yyyyMMdd'T'HHmmss'Z'>-<label>}), so "earlier" is "sorts before the current id".
 */
public final class BaselineLocator {

    static final String SUMMARY = "summary.json";
    private static final String RUN_JSON = "run.json";

    private final SummaryReader reader = new SummaryReader();

    public Optional<Baseline> previous(Path artifactDir, String currentRunId, String profile) throws IOException {
        if (!Files.isDirectory(artifactDir)) {
            return Optional.empty();
        }
        Optional<Path> dir;
        try (Stream<Path> runs = Files.list(artifactDir)) {
            dir = runs.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().compareTo(currentRunId) < 0)
                    .filter(p -> Files.isRegularFile(p.resolve(SUMMARY)))
                    .filter(p -> profile.equals(profileOf(p)))
                    .max(Comparator.comparing(p -> p.getFileName().toString()));
        }
        return dir.isEmpty() ? Optional.empty() : Optional.of(load(dir.get()));
    }

    /** The baseline in an explicit run directory; its summary.json must exist. */
    public Baseline load(Path runDir) throws IOException {
        Path summary = runDir.resolve(SUMMARY);
        if (!Files.isRegularFile(summary)) {
            throw new IOException("baseline " + runDir + " has no " + SUMMARY);
        }
        return new Baseline(runDir.getFileName().toString(), ClientSnapshots.of(reader.readTotalsFrom(runDir)));
    }

    /** The profile name in the directory's run.json, or null when it has none or it cannot be read. */
    private static String profileOf(Path runDir) {
        Path runJson = runDir.resolve(RUN_JSON);
        if (!Files.isRegularFile(runJson)) {
            return null;
        }
        try {
            return RunMetadataFile.read(runJson).profile().name();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return null;
        }
    }
}
