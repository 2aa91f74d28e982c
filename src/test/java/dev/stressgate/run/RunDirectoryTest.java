package dev.stressgate.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {
    private static final Instant START = Instant.parse("2026-11-22T05:00:00.987Z");

    @TempDir
    Path artifacts;

    @Test
    void runIdIsUtcSecondsAndProfile() {
        assertThat(RunDirectory.runId(START, "smoke")).isEqualTo("20261122T050000Z-smoke");
    }

    @Test
    void profileLabelMustBeUsableAsADirectoryName() {
        assertThatThrownBy(() -> RunDirectory.runId(START, "profiles/x.json"))
                .hasMessageContaining("profile label 'profiles/x.json' cannot name a run directory");
    }

    @Test
    void choosesAFreshDirectoryWhenTheIdIsTaken() throws Exception {
        Path first = RunDirectory.choose(artifacts, START, "smoke");
        assertThat(first).isEqualTo(artifacts.resolve("20261122T050000Z-smoke"));
        Files.createDirectories(first);
        assertThat(RunDirectory.choose(artifacts, START, "smoke")).isEqualTo(artifacts.resolve("20261122T050000Z-smoke-2"));
    }

    @Test
    void opensTheDirectoryNamesItsFilesAndRefusesOneAlreadyUsed() throws Exception {
        Path path = artifacts.resolve("nested").resolve("20261122T050000Z-low");
        RunDirectory directory = RunDirectory.open(path);
        assertThat(path).isDirectory();
        assertThat(directory.runId()).isEqualTo("20261122T050000Z-low");
        assertThat(directory.runJson()).isEqualTo(path.resolve("run.json"));
        assertThat(directory.profileJson()).isEqualTo(path.resolve("profile.json"));
        assertThat(directory.scrapeJsonl()).isEqualTo(path.resolve("scrape.jsonl"));
        assertThat(directory.gatlingResults()).isEqualTo(path.resolve("gatling"));

        Files.writeString(directory.runJson(), "{}");
        assertThatThrownBy(() -> RunDirectory.open(path)).hasMessageContaining("already holds a run");
    }
}
