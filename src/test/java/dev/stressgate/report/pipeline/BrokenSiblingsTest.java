package dev.stressgate.report.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken run directories beside a healthy one never stop its report; the index notes them. */
class BrokenSiblingsTest {
    @TempDir
    Path root;

    @Test
    void siblingsWithANullRunJsonOrNoProfileAreSkippedWithANote() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        String id = fixture.runDir.getFileName().toString();
        Path older = Files.createDirectories(fixture.artifactDir.resolve("20000101T000000Z-smoke"));
        Files.writeString(older.resolve("run.json"), "null");
        Files.writeString(older.resolve("summary.json"), "{\"schema_version\": 1, \"global\": null}");
        Path noProfile = Files.createDirectories(fixture.artifactDir.resolve("20000102T000000Z-smoke"));
        Files.writeString(noProfile.resolve("run.json"), "{\"schema_version\": 1, \"run_id\": \"x\"}");
        Files.writeString(noProfile.resolve("summary.json"), "[]");
        Path newer = Files.createDirectories(fixture.artifactDir.resolve("29991231T000000Z-smoke"));
        Files.writeString(newer.resolve("ai-analysis.json"), "{\"deterministic_status\": null}");
        Files.createDirectories(newer.resolve("gatling"));

        ReportPipeline.Result result =
                new ReportPipeline(fixture.settings(false), line -> {}).run(fixture.runDir, Optional.empty());

        assertThat(result.analysis().runId()).isEqualTo(id);
        String index = Files.readString(fixture.artifactDir.resolve("index.html"));
        assertThat(index)
                .contains("run.json unreadable")
                .contains("summary.json broken")
                .contains("ai-analysis.json broken")
                .contains("href=\"./" + id + "/report.html\"");
    }

    @Test
    void anInterruptedEarlierReportLeavesNoStagedFileThatTheGateCouldRead() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        Path leftover = Files.createDirectories(fixture.runDir.resolve(ArtifactStaging.PREFIX + "killed"));
        Files.writeString(leftover.resolve("ai-analysis.json"), "{\"deterministic_status\": \"HEALTHY\"}");

        new ReportPipeline(fixture.settings(false), line -> {}).run(fixture.runDir, Optional.empty());

        try (Stream<Path> files = Files.list(fixture.runDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(ArtifactStaging.PREFIX));
        }
        assertThat(VerdictInputReader.analysis(fixture.runDir)
                        .deterministicStatus()
                        .name())
                .isEqualTo("CRITICAL");
    }
}
