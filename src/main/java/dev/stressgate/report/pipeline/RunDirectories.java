package dev.stressgate.report.pipeline;

import dev.stressgate.run.RunDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds run directories under the artifact directory. A run directory is a sub-directory holding run.json or a
 * gatling/ folder; its name starts with the UTC start time, so the newest run is the greatest name.
 */
public final class RunDirectories {
    private final Path artifactDir;

    public RunDirectories(Path artifactDir) {
        this.artifactDir = artifactDir;
    }

    /** Every run directory, newest first. */
    public List<Path> newestFirst() throws IOException {
        if (!Files.isDirectory(artifactDir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(artifactDir)) {
            return children.filter(Files::isDirectory)
                    .filter(dir -> RunDirectory.at(dir).holdsRun())
                    .sorted(Comparator.comparing((Path dir) -> dir.getFileName().toString())
                            .reversed())
                    .toList();
        }
    }

    /** The newest run directory. */
    public Path latest() throws UnusableInputException {
        try {
            return newestFirst().stream()
                    .findFirst()
                    .orElseThrow(() -> new UnusableInputException("no run directory under "
                            + artifactDir.toAbsolutePath() + " (expected <yyyyMMdd'T'HHmmss'Z'>-<profile>/ "
                            + "with run.json; run a load test first, e.g. 'make stress-smoke', or pass --run-dir)"));
        } catch (IOException e) {
            throw new UnusableInputException("cannot list " + artifactDir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
