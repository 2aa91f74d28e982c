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
 * gatling/ folder; its name starts with the UTC start time, so the index lists the newest first. Which run is the
 * latest is what the last run recorded, not the greatest name.
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

    /**
     * The run directory the latest run recorded ({@code latest-run} in the artifact directory, see
     * {@link RunDirectory#recordAsLatest()}), never a guess from a listing.
     */
    public Path latest() throws UnusableInputException {
        Path pointer = RunDirectory.latestPointer(artifactDir).toAbsolutePath();
        try {
            Path dir = RunDirectory.latest(artifactDir)
                    .orElseThrow(() -> new UnusableInputException("no run recorded under "
                            + artifactDir.toAbsolutePath() + " (" + pointer.getFileName() + " is written when a run "
                            + "starts); run a load test first, e.g. 'make stress-smoke', or pass --run-dir "
                            + "(RUN_DIR=<dir> for make)"))
                    .path();
            if (!Files.isDirectory(dir)) {
                throw new UnusableInputException(pointer + " names " + dir + ", which does not exist; pass --run-dir "
                        + "(RUN_DIR=<dir> for make)");
            }
            return dir;
        } catch (IOException e) {
            throw new UnusableInputException("cannot read " + pointer + ": " + e.getMessage(), e);
        }
    }
}
