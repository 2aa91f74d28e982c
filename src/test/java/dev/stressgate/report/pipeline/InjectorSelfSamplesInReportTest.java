package dev.stressgate.report.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.report.ai.AiAnalysis;
import dev.stressgate.report.ai.AiAnalysisJson;
import dev.stressgate.report.ai.ReportedFinding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The injector's self-samples through the real report step: a host out of CPU (the fixture's target is on
 * loopback) is the first finding in ai-analysis.json and in every report format; an unreadable file is told and left
 * out, and the report is written anyway.
 */
class InjectorSelfSamplesInReportTest {

    @TempDir
    Path root;

    private static List<String> samples(long startMs, double hostPct) {
        List<String> lines = new ArrayList<>();
        for (int s = 0; s < 30; s++) {
            lines.add("{\"epoch_ms\":" + (startMs + s * 1000L) + ",\"processors\":2,\"process_cpu_cores\":1.1,"
                    + "\"host_cpu_pct\":" + hostPct + ",\"gc_pct\":0.5,\"heap_used_bytes\":300000000,"
                    + "\"heap_max_bytes\":1073741824}");
        }
        return lines;
    }

    @Test
    void aHostOutOfCpuIsTheFirstFindingOfTheReport() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        Files.write(fixture.runDir.resolve("injector.jsonl"), samples(fixture.summary.startEpochMs(), 97.5));

        new ReportPipeline(fixture.settings(false), line -> {}).run(fixture.runDir, Optional.empty());

        AiAnalysis analysis = new AiAnalysisJson().read(fixture.runDir.resolve(AiAnalysisJson.FILE_NAME));
        assertThat(analysis.findings())
                .extracting(ReportedFinding::id)
                .first()
                .isEqualTo("injector_bottleneck.injector.host_cpu");
        for (String report : List.of("report.html", "report.md", "report.txt")) {
            assertThat(Files.readString(fixture.runDir.resolve(report)))
                    .as(report)
                    .contains("out of CPU: 97.5% of its 2 processors busy while injector ran");
        }
    }

    @Test
    void anUnreadableSelfSampleFileIsToldAndLeftOut() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        List<String> lines = new ArrayList<>(List.of("{\"epoch_ms\": \"yesterday\"}"));
        lines.addAll(samples(fixture.summary.startEpochMs(), 97.5));
        Files.write(fixture.runDir.resolve("injector.jsonl"), lines);
        List<String> progress = new ArrayList<>();

        new ReportPipeline(fixture.settings(false), progress::add).run(fixture.runDir, Optional.empty());

        assertThat(progress)
                .anyMatch(line -> line.contains("note: injector self-samples left out: ")
                        && line.contains("injector.jsonl line 1: expected one injector sample"));
        AiAnalysis analysis = new AiAnalysisJson().read(fixture.runDir.resolve(AiAnalysisJson.FILE_NAME));
        assertThat(analysis.findings()).extracting(ReportedFinding::id).noneMatch(id -> id.startsWith("injector"));
        assertThat(fixture.runDir.resolve("report.html")).exists();
    }
}
