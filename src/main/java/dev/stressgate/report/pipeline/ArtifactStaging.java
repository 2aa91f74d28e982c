package dev.stressgate.report.pipeline;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Replaces a report's artifacts as a set. Every artifact is first written into a staging directory inside the run
 * directory ({@code .report-staging-<n>/}); {@link #commit} marks the set complete ({@code .complete}), renames each
 * file over its target, then removes the staging directory. A failure before the mark leaves the previous set
 * untouched (the staging directory is deleted); a kill between the mark and the end of the renames is rolled
 * forward by {@link #recover}, which every reader of the set calls first. So readers never act on a mix of an old
 * summary.json and a new ai-analysis.json.
 */
public final class ArtifactStaging implements AutoCloseable {
    static final String PREFIX = ".report-staging-";
    private static final String COMPLETE = ".complete";

    private final Path runDir;
    private final Path dir;
    private boolean committed;

    private ArtifactStaging(Path runDir, Path dir) {
        this.runDir = runDir;
        this.dir = dir;
    }

    /** Recovers what an earlier report left behind, then opens a fresh staging directory. */
    public static ArtifactStaging open(Path runDir) throws IOException {
        recover(runDir);
        return new ArtifactStaging(runDir, Files.createTempDirectory(runDir, PREFIX));
    }

    /** Where the artifacts are written before {@link #commit}. */
    public Path dir() {
        return dir;
    }

    /** Moves every staged file into the run directory; returns their final paths, in name order. */
    public List<Path> commit() throws IOException {
        Files.createFile(dir.resolve(COMPLETE));
        committed = true;
        return rollForward(runDir, dir);
    }

    /** Deletes the staging directory unless it was committed (then it is gone already). */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(dir);
        }
    }

    /**
     * Finishes a commit that a kill interrupted (its staging directory is marked complete) and deletes staging
     * directories that never were; afterwards the run directory holds one consistent set.
     */
    public static void recover(Path runDir) throws IOException {
        if (!Files.isDirectory(runDir)) {
            return;
        }
        List<Path> leftovers = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(runDir, PREFIX + "*")) {
            children.forEach(leftovers::add);
        }
        leftovers.sort(Comparator.comparing(Path::toString));
        for (Path leftover : leftovers) {
            if (Files.exists(leftover.resolve(COMPLETE))) {
                rollForward(runDir, leftover);
            } else {
                deleteTree(leftover);
            }
        }
    }

    private static List<Path> rollForward(Path runDir, Path staged) throws IOException {
        List<Path> files;
        try (Stream<Path> children = Files.list(staged)) {
            files = children.filter(f -> !f.getFileName().toString().equals(COMPLETE))
                    .sorted()
                    .toList();
        }
        List<Path> placed = new ArrayList<>(files.size());
        for (Path file : files) {
            Path target = runDir.resolve(file.getFileName().toString());
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
            placed.add(target);
        }
        deleteTree(staged);
        return placed;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
