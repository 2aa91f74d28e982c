package dev.stressgate.report.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stressgate.report.ai.AiAnalysis;
import dev.stressgate.report.ai.AiAnalysisJson;
import dev.stressgate.report.ai.ReportedFinding;
import dev.stressgate.report.ai.SloEntry;
import dev.stressgate.report.analysis.SloOutcome;
import dev.stressgate.report.gatling.ResponseStats;
import dev.stressgate.report.gatling.RunSummary;
import dev.stressgate.report.gatling.SummaryReader;
import dev.stressgate.report.gatling.SummaryWriter;
import dev.stressgate.run.RunMetadata;
import dev.stressgate.run.RunMetadataFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPipelineTest {
    private static final List<String> ARTIFACTS = List.of(
            "summary.json",
            "metrics.json",
            "logs.json",
            "ai-analysis.json",
            "report.html",
            "report.md",
            "report.txt",
            "junit.xml");

    @TempDir
    Path root;

    @Test
    void writesEveryArtifactAndTheIndexFromARealRunDirectory() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        List<String> progress = new ArrayList<>();

        ReportPipeline.Result result =
                new ReportPipeline(fixture.settings(true), progress::add).run(fixture.runDir, Optional.empty());

        for (String artifact : ARTIFACTS) {
            assertThat(fixture.runDir.resolve(artifact)).as(artifact).isNotEmptyFile();
        }
        assertThat(fixture.artifactDir.resolve("index.html")).isNotEmptyFile();
        assertThat(result.artifacts()).hasSize(ARTIFACTS.size() + 1);
        assertThat(progress).anyMatch(line -> line.startsWith("==> parsing Gatling results"));

        String html = Files.readString(fixture.runDir.resolve("report.html"));
        assertThat(html)
                .contains(fixture.runDir.getFileName().toString())
                .contains("href=\"./gatling/socialmixedsimulation-20261122050000123/index.html\"")
                .contains(Long.toString(fixture.summary.global().count()));
        String index = Files.readString(fixture.artifactDir.resolve("index.html"));
        assertThat(index).contains("href=\"./" + fixture.runDir.getFileName() + "/report.html\"");
    }

    @Test
    void unavailableSourcesAreMarkedDegradedNotFatal() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);

        new ReportPipeline(fixture.settings(true), line -> {}).run(fixture.runDir, Optional.empty());

        var analysis = new AiAnalysisJson().read(fixture.runDir.resolve("ai-analysis.json"));
        assertThat(analysis.model().outcome().json()).isEqualTo("unreachable");
        String metrics = Files.readString(fixture.runDir.resolve("metrics.json"));
        assertThat(metrics).contains("\"source\" : \"none\"");
        String html = Files.readString(fixture.runDir.resolve("report.html"));
        assertThat(html).contains("No server metrics for this run").contains("unreachable");
    }

    @Test
    void secretsFromTheLogFileAppearInNoArtifactAndHtmlFromItIsEscaped() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);

        new ReportPipeline(fixture.settings(false), line -> {}).run(fixture.runDir, Optional.empty());

        try (Stream<Path> files = Files.walk(fixture.artifactDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(text)
                        .as(file.toString())
                        .doesNotContain(RunDirFixture.TOKEN)
                        .doesNotContain(RunDirFixture.TICKET);
            }
        }
        String logs = Files.readString(fixture.runDir.resolve("logs.json"));
        assertThat(logs).contains("[REDACTED]");
        String html = Files.readString(fixture.runDir.resolve("report.html"));
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(RunDirFixture.SCRIPT);
    }

    @Test
    void reportingTheSameRunTwiceGivesTheSameReportBytes() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        ReportPipeline pipeline = new ReportPipeline(fixture.settings(false), line -> {});

        pipeline.run(fixture.runDir, Optional.empty());
        List<byte[]> first = new ArrayList<>();
        for (String file : List.of("report.html", "report.md", "report.txt", "junit.xml")) {
            first.add(Files.readAllBytes(fixture.runDir.resolve(file)));
        }
        pipeline.run(fixture.runDir, Optional.empty());

        int i = 0;
        for (String file : List.of("report.html", "report.md", "report.txt", "junit.xml")) {
            assertThat(Files.readAllBytes(fixture.runDir.resolve(file)))
                    .as(file)
                    .isEqualTo(first.get(i++));
        }
    }

    @Test
    void withoutBaselineTheRunIsComparedWithThePreviousRunOfItsProfileInEveryOutputAndTheGate() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        String earlierId = "20200101T000000Z-smoke";
        Path earlier = copyRun(fixture.runDir, fixture.artifactDir.resolve(earlierId));
        RunMetadata current = RunMetadataFile.read(fixture.runDir.resolve("run.json"));
        RunMetadataFile.write(
                earlier.resolve("run.json"),
                new RunMetadata(
                        current.schemaVersion(),
                        earlierId,
                        current.profile(),
                        current.baseUrl(),
                        current.simulation(),
                        current.startEpochMs(),
                        current.endEpochMs(),
                        current.gatlingVersion(),
                        current.gitCommit(),
                        current.injector(),
                        current.metricsEndpoint(),
                        current.workload(),
                        current.abort()));
        ReportPipeline pipeline = new ReportPipeline(fixture.settings(false), line -> {});
        pipeline.run(earlier, Optional.empty());
        // this run: the second injector's recording, half the throughput of the first and a slower "home"
        try (InputStream in = getClass().getResourceAsStream("/fixtures/gatling/injector-b/simulation.log")) {
            Files.copy(in, ReportPipeline.simulationLogs(fixture.runDir).get(0), StandardCopyOption.REPLACE_EXISTING);
        }

        AiAnalysis analysis = pipeline.run(fixture.runDir, Optional.empty()).analysis();

        assertThat(analysis.baseline()).isNotNull();
        assertThat(analysis.baseline().baselineRunId()).isEqualTo(earlierId);
        // half the throughput is a (non-gating) regression; the slower "home" rests on too few responses to tell it
        // apart from noise, and the whole run's p95 and error rate did not change significantly
        assertThat(analysis.baseline().regressions())
                .extracting(d -> d.scope() + " " + d.metric())
                .containsExactly("global rps");
        assertThat(analysis.baseline().failsGate()).isFalse();
        for (String report : List.of("report.html", "report.md", "report.txt")) {
            assertThat(Files.readString(fixture.runDir.resolve(report)))
                    .as(report)
                    .contains("Compared with run ")
                    .contains(earlierId)
                    .contains("REGRESSION");
        }
        assertThat(Files.readString(fixture.runDir.resolve("junit.xml"))).contains("no regression vs " + earlierId);
        assertThat(Files.readString(fixture.runDir.resolve("ai-analysis.json"))).contains(earlierId);
        GateDecision gate =
                GateDecision.of(new AiAnalysisJson().read(fixture.runDir.resolve("ai-analysis.json")), fixture.runDir);
        assertThat(gate.explanation())
                .contains("Against baseline " + earlierId)
                .contains("none of which fail the gate");
    }

    @Test
    void aGatingRegressionFailsItsOwnJunitCheckAndIsNotCountedAgainAmongTheCriticalFindings() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        String baselineId = "20200101T000000Z-smoke";
        Path baseline = copyRun(fixture.runDir, fixture.artifactDir.resolve(baselineId));
        ReportPipeline pipeline = new ReportPipeline(fixture.settings(false), line -> {});
        pipeline.run(baseline, Optional.empty());
        RunSummary recorded = new SummaryReader().readFrom(baseline);
        ResponseStats g = recorded.global();
        ResponseStats fasterAndCleaner = new ResponseStats(
                g.count(),
                g.count(),
                0,
                g.minMs(),
                g.meanMs() / 4,
                g.maxMs(),
                g.p50Ms() / 4,
                g.p75Ms() / 4,
                g.p95Ms() / 4,
                g.p99Ms() / 4,
                g.meanRps());
        new SummaryWriter()
                .writeInto(
                        baseline,
                        new RunSummary(
                                recorded.schemaVersion(),
                                recorded.injectors(),
                                recorded.simulation(),
                                recorded.startEpochMs(),
                                recorded.endEpochMs(),
                                recorded.durationSeconds(),
                                fasterAndCleaner,
                                recorded.requests(),
                                recorded.groups(),
                                recorded.seconds(),
                                recorded.errors(),
                                recorded.websocketRule(),
                                null,
                                null,
                                null));

        AiAnalysis analysis =
                pipeline.run(fixture.runDir, Optional.of(baseline)).analysis();

        assertThat(analysis.baseline().failsGate()).isTrue();
        String junit = Files.readString(fixture.runDir.resolve("junit.xml"));
        assertThat(testCase(junit, "no regression vs " + baselineId)).contains("<failure");
        assertThat(testCase(junit, "no critical findings")).doesNotContain("against baseline");
    }

    /** The text of one test case of a junit.xml, from its opening tag to its closing one. */
    private static String testCase(String junit, String name) {
        int start = junit.indexOf("name=\"" + name + "\"");
        assertThat(start).as("test case " + name).isNotNegative();
        return junit.substring(start, junit.indexOf("</testcase>", start));
    }

    @Test
    void everyIdTheReasonsCiteResolvesToEvidenceOrAFinding() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);

        AiAnalysis analysis = new ReportPipeline(fixture.settings(false), line -> {})
                .run(fixture.runDir, Optional.empty())
                .analysis();

        assertThat(analysis.slo()).extracting(SloEntry::outcome).contains(SloOutcome.NO_DATA, SloOutcome.FAIL);
        List<String> cited = analysis.deterministicReasons().stream()
                .flatMap(reason -> Pattern.compile("\\[([^\\]]+)]")
                        .matcher(reason)
                        .results()
                        .map(m -> m.group(1)))
                .toList();
        assertThat(cited).isNotEmpty();
        List<String> findingIds =
                analysis.findings().stream().map(ReportedFinding::id).toList();
        assertThat(cited)
                .allSatisfy(id -> assertThat(analysis.evidence().containsKey(id) || findingIds.contains(id))
                        .as("cited id %s", id)
                        .isTrue());
    }

    @Test
    void theFirstRunOfAProfileSaysThereIsNoBaseline() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);

        AiAnalysis analysis = new ReportPipeline(fixture.settings(false), line -> {})
                .run(fixture.runDir, Optional.empty())
                .analysis();

        assertThat(analysis.baseline()).isNull();
        assertThat(Files.readString(fixture.runDir.resolve("report.md")))
                .contains("No baseline: no earlier reported run of profile smoke");
        assertThat(GateDecision.of(analysis, fixture.runDir).explanation()).contains("No baseline run to compare with");
    }

    private static Path copyRun(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    @Test
    void aCorruptSimulationLogIsUnusableInputNamingFileAndOffset() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        Path log = ReportPipeline.simulationLogs(fixture.runDir).get(0);
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "rw")) {
            file.setLength(file.length() - 7);
        }

        assertThatThrownBy(() ->
                        new ReportPipeline(fixture.settings(false), line -> {}).run(fixture.runDir, Optional.empty()))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining(log.toString())
                .hasMessageContaining("at byte");
    }

    @Test
    void aRunDirectoryWithoutSimulationLogIsUnusableInput() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        Files.delete(ReportPipeline.simulationLogs(fixture.runDir).get(0));

        assertThatThrownBy(() ->
                        new ReportPipeline(fixture.settings(false), line -> {}).run(fixture.runDir, Optional.empty()))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("no simulation.log under");
    }

    @Test
    void aBrokenRunIsListedInTheIndexNotFatal() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        ReportPipeline pipeline = new ReportPipeline(fixture.settings(false), line -> {});
        pipeline.run(fixture.runDir, Optional.empty());
        Path broken = Files.createDirectories(fixture.artifactDir.resolve("29991231T235959Z-smoke"));
        Files.writeString(broken.resolve("run.json"), "{ not json");

        ReportPipeline.refreshIndex(fixture.artifactDir);

        String index = Files.readString(fixture.artifactDir.resolve("index.html"));
        assertThat(index)
                .containsSubsequence(
                        "29991231T235959Z-smoke", fixture.runDir.getFileName().toString());
        assertThat(index).contains("run.json unreadable; no summary.json (report not generated)");
    }
}
