package dev.stressgate.report.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.report.ai.AiAnalysisJson;
import dev.stressgate.report.ai.Outcome;
import dev.stressgate.report.sources.SourceHealth;
import dev.stressgate.report.sources.SourceStatus;
import dev.stressgate.report.sources.logs.LogReport;
import dev.stressgate.report.sources.metrics.MetricsReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prometheus, Loki and Ollama nobody configured read as "not configured"; configured ones that fail stay faults. */
class OptionalSourcesTest {
    @TempDir
    Path root;

    private static ReportSettings with(ReportSettings s, ConfiguredSources configured) {
        return new ReportSettings(
                s.artifactDir(),
                s.queriesFile(),
                s.serverCores(),
                s.metrics(),
                s.logs(),
                s.ollama(),
                s.baselineTolerance(),
                configured);
    }

    private static SourceHealth health(List<SourceHealth> sources, String name) {
        return sources.stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void sourcesNobodyConfiguredThatGiveNothingAreNeutralNotMissing() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);

        new ReportPipeline(with(fixture.settings(true), new ConfiguredSources(false, false, false)), line -> {})
                .run(fixture.runDir, Optional.empty());

        MetricsReport metrics = MetricsReport.readFrom(fixture.runDir);
        assertThat(health(metrics.sources(), "prometheus").status()).isEqualTo(SourceStatus.NOT_CONFIGURED);
        assertThat(health(metrics.sources(), "prometheus").reason())
                .startsWith("PROM_URL unset; nothing answered at the default http://127.0.0.1:");
        LogReport logs = LogReport.readFrom(fixture.runDir);
        assertThat(health(logs.sources(), "loki").status()).isEqualTo(SourceStatus.NOT_CONFIGURED);
        assertThat(health(logs.sources(), "file").status()).isEqualTo(SourceStatus.USED);
        assertThat(new AiAnalysisJson()
                        .read(fixture.runDir.resolve("ai-analysis.json"))
                        .model()
                        .outcome())
                .isEqualTo(Outcome.NOT_CONFIGURED);
        String text = Files.readString(fixture.runDir.resolve("report.txt"));
        assertThat(text)
                .containsPattern("(?m)^logs +loki +NOT CONFIGURED ")
                .containsPattern("(?m)^ai +ollama \\S+ +NOT CONFIGURED ")
                .doesNotContain("ConnectException")
                .doesNotContainPattern("(?m)^(logs|ai) .* MISSING");
        assertThat(Files.readString(fixture.runDir.resolve("report.html")))
                .contains("class=\"health-not-configured\">NOT CONFIGURED<");
    }

    @Test
    void configuredSourcesThatFailStayFaultsWithTheirCause() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);

        new ReportPipeline(with(fixture.settings(true), ConfiguredSources.all()), line -> {})
                .run(fixture.runDir, Optional.empty());

        assertThat(health(LogReport.readFrom(fixture.runDir).sources(), "loki").status())
                .isEqualTo(SourceStatus.UNAVAILABLE);
        assertThat(new AiAnalysisJson()
                        .read(fixture.runDir.resolve("ai-analysis.json"))
                        .model()
                        .outcome())
                .isEqualTo(Outcome.UNREACHABLE);
        assertThat(Files.readString(fixture.runDir.resolve("report.txt")))
                .containsPattern("(?m)^logs +loki +MISSING +\\S");
    }

    @Test
    void missingServerMetricsAreNamedInTheHeadlineAiAnalysisAndTheGate() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        Files.delete(fixture.appLog);

        new ReportPipeline(fixture.settings(false), line -> {}).run(fixture.runDir, Optional.empty());

        var analysis = new AiAnalysisJson().read(fixture.runDir.resolve("ai-analysis.json"));
        assertThat(analysis.coverage().serverMetrics()).isEqualTo("none");
        assertThat(analysis.coverage().logs()).isEqualTo("none");
        assertThat(analysis.coverage().checksNotRun()).hasSize(3);
        assertThat(Files.readString(fixture.runDir.resolve("ai-analysis.json")))
                .contains("\"coverage\" : {")
                .contains("\"server_metrics\" : \"none\"")
                .contains("\"checks_not_run\" : [");
        String headline = "The verdict rests on client data only (no server metrics, no logs); checks not run: ";
        assertThat(Files.readString(fixture.runDir.resolve("report.txt"))).contains("Coverage       : " + headline);
        assertThat(Files.readString(fixture.runDir.resolve("report.md"))).contains("**Coverage:** " + headline);
        assertThat(Files.readString(fixture.runDir.resolve("report.html")))
                .contains("<strong>Coverage:</strong> " + headline);
        assertThat(GateDecision.of(analysis, fixture.runDir).explanation())
                .contains(". " + headline)
                .contains("error excerpts). Report: ");
    }
}
