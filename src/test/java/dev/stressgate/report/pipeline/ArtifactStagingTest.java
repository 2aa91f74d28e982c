package dev.stressgate.report.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactStagingTest {
    @TempDir
    Path runDir;

    @BeforeEach
    void previousSet() throws Exception {
        Files.writeString(runDir.resolve("summary.json"), "old summary");
        Files.writeString(runDir.resolve("ai-analysis.json"), "old analysis");
    }

    private List<String> children() throws Exception {
        try (Stream<Path> files = Files.list(runDir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void stagedFilesAppearOnlyAtCommitAndAllTogether() throws Exception {
        try (ArtifactStaging staging = ArtifactStaging.open(runDir)) {
            Files.writeString(staging.dir().resolve("summary.json"), "new summary");
            Files.writeString(staging.dir().resolve("ai-analysis.json"), "new analysis");
            assertThat(Files.readString(runDir.resolve("summary.json"))).isEqualTo("old summary");

            assertThat(staging.commit())
                    .containsExactly(runDir.resolve("ai-analysis.json"), runDir.resolve("summary.json"));
        }
        assertThat(Files.readString(runDir.resolve("summary.json"))).isEqualTo("new summary");
        assertThat(Files.readString(runDir.resolve("ai-analysis.json"))).isEqualTo("new analysis");
        assertThat(children()).containsExactly("ai-analysis.json", "summary.json");
    }

    @Test
    void aFailureBeforeCommitLeavesThePreviousSetAndNoStagingBehind() throws Exception {
        try (ArtifactStaging staging = ArtifactStaging.open(runDir)) {
            Files.writeString(staging.dir().resolve("summary.json"), "new summary");
        }
        assertThat(children()).containsExactly("ai-analysis.json", "summary.json");
        assertThat(Files.readString(runDir.resolve("summary.json"))).isEqualTo("old summary");
    }

    @Test
    void aKillDuringTheRenamesIsRolledForwardAndAKillBeforeTheMarkIsRolledBack() throws Exception {
        Path interrupted = Files.createDirectory(runDir.resolve(ArtifactStaging.PREFIX + "1"));
        Files.writeString(interrupted.resolve("ai-analysis.json"), "new analysis");
        Files.writeString(interrupted.resolve(".complete"), "");
        Files.writeString(runDir.resolve("summary.json"), "new summary");
        Path unfinished = Files.createDirectory(runDir.resolve(ArtifactStaging.PREFIX + "2"));
        Files.writeString(unfinished.resolve("summary.json"), "half-written summary");

        ArtifactStaging.recover(runDir);

        assertThat(children()).containsExactly("ai-analysis.json", "summary.json");
        assertThat(Files.readString(runDir.resolve("ai-analysis.json"))).isEqualTo("new analysis");
        assertThat(Files.readString(runDir.resolve("summary.json"))).isEqualTo("new summary");
    }
}
