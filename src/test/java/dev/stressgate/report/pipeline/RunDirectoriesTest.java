package dev.stressgate.report.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stressgate.run.RunDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} and {@code gate} without {@code --run-dir} take the run the latest run recorded, never a listing. */
class RunDirectoriesTest {
    private static final Instant START = Instant.parse("2026-11-22T05:00:00Z");

    @TempDir
    Path artifacts;

    @Test
    void theLatestIsTheRecordedRunEvenWhenAnotherNameSortsLater() throws Exception {
        RunDirectory recorded = RunDirectory.create(artifacts, START, "smoke");
        Files.createDirectories(recorded.gatlingResults());
        Files.createDirectories(artifacts.resolve("29991231T235959Z-copied-in").resolve("gatling"));

        assertThat(new RunDirectories(artifacts).latest()).isEqualTo(recorded.path());
        assertThat(new RunDirectories(artifacts).newestFirst())
                .as("the index still lists every run, newest name first")
                .containsExactly(artifacts.resolve("29991231T235959Z-copied-in"), recorded.path());
    }

    @Test
    void runDirectoriesWithoutARecordedRunAreNoLatestRun() throws Exception {
        Files.createDirectories(artifacts.resolve("20261122T050000Z-smoke").resolve("gatling"));

        assertThatThrownBy(() -> new RunDirectories(artifacts).latest())
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("no run recorded under " + artifacts.toAbsolutePath())
                .hasMessageContaining("latest-run")
                .hasMessageContaining("pass --run-dir (RUN_DIR=<dir> for make)");
    }

    @Test
    void aRecordedRunThatWasDeletedIsNamedInTheError() throws Exception {
        RunDirectory recorded = RunDirectory.create(artifacts, START, "smoke");
        Files.delete(recorded.path());

        assertThatThrownBy(() -> new RunDirectories(artifacts).latest())
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("names " + recorded.path())
                .hasMessageContaining("does not exist");
    }
}
