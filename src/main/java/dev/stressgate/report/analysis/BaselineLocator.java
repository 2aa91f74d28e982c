package dev.stressgate.report.analysis;

import dev.stressgate.report.gatling.SummaryReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the baseline of a run: the latest earlier run directory of the same profile under the artifact directory
 * (run ids {@code <yyyyMMdd'T'HHmmss'Z'>-<profile>} sort by time) that has a summary.json, or an explicit directory.
 */
public final class BaselineLocator {

    static final String SUMMARY = "summary.json";

    private final SummaryReader reader = new SummaryReader();

    public Optional<Baseline> previous(Path artifactDir, String currentRunId, String profile) throws IOException {
        if (!Files.isDirectory(artifactDir)) {
            return Optional.empty();
        }
        Optional<Path> dir;
        try (Stream<Path> runs = Files.list(artifactDir)) {
            dir = runs.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().endsWith("-" + profile))
                    .filter(p -> p.getFileName().toString().compareTo(currentRunId) < 0)
                    .filter(p -> Files.isRegularFile(p.resolve(SUMMARY)))
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
        return new Baseline(runDir.getFileName().toString(), ClientSnapshots.of(reader.read(summary)));
    }
}
