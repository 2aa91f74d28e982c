package dev.stressgate.report.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.report.ai.AiAnalysis;
import dev.stressgate.report.ai.ReportedFinding;
import dev.stressgate.report.sources.RunWindow;
import dev.stressgate.report.sources.SourceHealth;
import dev.stressgate.report.sources.logs.LogCategories;
import dev.stressgate.report.sources.logs.LogEntry;
import dev.stressgate.report.sources.logs.LogReport;
import dev.stressgate.report.sources.logs.RateLimitCategory;
import dev.stressgate.report.sources.logs.SeverityCategory;
import dev.stressgate.report.sources.metrics.FiredAlert;
import dev.stressgate.report.sources.metrics.MetricLines;
import dev.stressgate.report.sources.metrics.MetricsReport;
import dev.stressgate.report.sources.metrics.Point;
import dev.stressgate.report.sources.metrics.SeriesCoverage;
import dev.stressgate.report.sources.metrics.SeriesLine;
import dev.stressgate.run.RunMetadata;
import dev.stressgate.run.RunMetadataFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which run a real report compares with, and what a second report of the same run keeps from the first. */
class BaselineAndStoredSourcesPipelineTest {
    @TempDir
    Path root;

    @Test
    void aRunAgainstAnotherBaseUrlIsNeverTheBaselineAndNoBaselineMeansNone() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        ReportPipeline pipeline = new ReportPipeline(fixture.settings(false), line -> {});
        Path staging = earlierCopy(fixture, "20200101T000000Z-smoke", "http://staging.example:8080");
        pipeline.run(staging, Optional.empty());
        List<String> progress = new ArrayList<>();

        AiAnalysis analysis = new ReportPipeline(fixture.settings(false), progress::add)
                .run(fixture.runDir, ReportOptions.defaults())
                .analysis();

        assertThat(analysis.baseline()).isNull();
        assertThat(progress)
                .anyMatch(l -> l.startsWith("==> No baseline: no reported earlier run against http://127.0.0.1:8375"));

        Path local = earlierCopy(fixture, "20200101T000001Z-smoke", "http://127.0.0.1:8375/");
        pipeline.run(local, Optional.empty());
        assertThat(pipeline.run(fixture.runDir, ReportOptions.defaults())
                        .analysis()
                        .baseline()
                        .baselineRunId())
                .isEqualTo("20200101T000001Z-smoke");
        assertThat(pipeline.run(fixture.runDir, new ReportOptions(Optional.empty(), true, false))
                        .analysis()
                        .baseline())
                .isNull();
    }

    @Test
    void aLaterReportKeepsWhatPrometheusAndLokiAnsweredTheFirstTime() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        List<String> progress = new ArrayList<>();
        ReportPipeline pipeline = new ReportPipeline(fixture.settings(false), progress::add);
        pipeline.run(fixture.runDir, Optional.empty());
        // what the first report would have stored with the stack up: Prometheus series and a fired alert, Loki lines
        RunWindow window = MetricsReport.readFrom(fixture.runDir).window();
        storePrometheusAnswer(fixture.runDir, window);
        storeLokiAnswer(fixture.runDir, window);

        // the stack is gone (every source points at a closed port): the stored answers stay
        AiAnalysis again =
                pipeline.run(fixture.runDir, ReportOptions.defaults()).analysis();

        MetricsReport metrics = MetricsReport.readFrom(fixture.runDir);
        assertThat(metrics.source()).isEqualTo("prometheus");
        assertThat(metrics.alerts()).extracting(FiredAlert::name).containsExactly("HighErrorRate");
        assertThat(LogReport.readFrom(fixture.runDir).source()).isEqualTo("loki");
        assertThat(again.findings())
                .extracting(ReportedFinding::id)
                .contains("fired_alert.HighErrorRate{severity=critical}");
        assertThat(progress)
                .anyMatch(l -> l.contains("reusing what Prometheus answered, stored in metrics.json"))
                .anyMatch(l -> l.contains("reusing what Loki answered, stored in logs.json"));

        // --refresh asks again; Prometheus and Loki have nothing now, so the stored answers are still kept
        progress.clear();
        pipeline.run(fixture.runDir, new ReportOptions(Optional.empty(), false, true));

        assertThat(MetricsReport.readFrom(fixture.runDir).source()).isEqualTo("prometheus");
        assertThat(LogReport.readFrom(fixture.runDir).source()).isEqualTo("loki");
        assertThat(progress)
                .anyMatch(l -> l.contains("Prometheus has nothing for the run now; keeping"))
                .anyMatch(l -> l.contains("Loki has nothing for the run now; keeping"))
                .noneMatch(l -> l.contains("reusing"));
    }

    @Test
    void storedDataOfAnotherWindowOrFromTheFallbacksIsAskedForAgain() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        List<String> progress = new ArrayList<>();
        ReportPipeline pipeline = new ReportPipeline(fixture.settings(false), progress::add);
        pipeline.run(fixture.runDir, Optional.empty());
        RunWindow window = MetricsReport.readFrom(fixture.runDir).window();
        storePrometheusAnswer(fixture.runDir, new RunWindow(window.startEpochMs() - 60_000, window.endEpochMs()));
        progress.clear();

        pipeline.run(fixture.runDir, ReportOptions.defaults());

        assertThat(MetricsReport.readFrom(fixture.runDir).source()).isEqualTo("none");
        assertThat(LogReport.readFrom(fixture.runDir).source()).isEqualTo("file");
        assertThat(progress).noneMatch(l -> l.contains("reusing"));
    }

    private static void storePrometheusAnswer(Path runDir, RunWindow window) throws IOException {
        long t = window.startEpochMs();
        MetricLines cpu = new MetricLines(
                "cpu",
                "Process CPU",
                "percent",
                List.of(new SeriesLine(Map.of(), List.of(new Point(t, 40), new Point(t + 5_000, 45)))));
        new MetricsReport(
                        MetricsReport.SCHEMA_VERSION,
                        "prometheus",
                        window,
                        5_000,
                        List.of(
                                SourceHealth.used("prometheus", "1 of 1 queries answered"),
                                SourceHealth.used("prometheus_alerts", "1 alert series fired in the window")),
                        List.of(cpu),
                        new SeriesCoverage(List.of("cpu"), List.of()),
                        List.of(new FiredAlert("HighErrorRate", "critical", Map.of(), t, t + 5_000)))
                .writeTo(runDir);
    }

    private static void storeLokiAnswer(Path runDir, RunWindow window) throws IOException {
        LogEntry error = new LogEntry(window.startEpochMs() + 100, "ERROR", "boom", "/api/posts", 500, null, "boom");
        new LogReport(
                        LogReport.SCHEMA_VERSION,
                        "loki",
                        window,
                        50,
                        List.of(SourceHealth.used("loki", "3 lines")),
                        3,
                        0,
                        new LogCategories(
                                new SeverityCategory(3, 0, 3, List.of(error)),
                                new RateLimitCategory(0, Map.of(), List.of())))
                .writeTo(runDir);
    }

    /** A copy of the fixture's run under another (earlier) id, run against {@code baseUrl}. */
    private static Path earlierCopy(RunDirFixture fixture, String id, String baseUrl) throws IOException {
        Path to = fixture.artifactDir.resolve(id);
        try (Stream<Path> files = Files.walk(fixture.runDir)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(fixture.runDir.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().endsWith(".json")
                        || file.getFileName().toString().equals("profile.json")) {
                    Files.copy(file, target);
                }
            }
        }
        RunMetadata current = RunMetadataFile.read(fixture.runDir.resolve("run.json"));
        RunMetadataFile.write(
                to.resolve("run.json"),
                new RunMetadata(
                        current.schemaVersion(),
                        id,
                        current.profile(),
                        baseUrl,
                        current.simulation(),
                        current.startEpochMs(),
                        current.endEpochMs(),
                        current.gatlingVersion(),
                        current.gitCommit(),
                        current.injector(),
                        current.metricsEndpoint(),
                        current.workload(),
                        current.abort()));
        return to;
    }
}
