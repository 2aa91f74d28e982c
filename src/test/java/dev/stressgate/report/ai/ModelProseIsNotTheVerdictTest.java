package dev.stressgate.report.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.report.pipeline.ReportPipeline;
import dev.stressgate.report.pipeline.ReportSettings;
import dev.stressgate.report.pipeline.RunDirFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CRITICAL run whose model says "ship it": the verdict paragraph stays the rules', the model's words are labelled. */
class ModelProseIsNotTheVerdictTest {
    private static final String SHIP_IT = "Everything is HEALTHY, ship it.";

    @TempDir
    Path root;

    @Test
    void theModelsSummaryIsShownAsTheModelsUnderTheDeterministicVerdict() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        try (OllamaStub stub = new OllamaStub()) {
            stub.answer(Map.of(
                    "status",
                    "HEALTHY",
                    "summary",
                    SHIP_IT,
                    "findings",
                    List.of(),
                    "bottlenecks",
                    List.of(),
                    "likely_causes",
                    List.of(),
                    "next_actions",
                    List.of(),
                    "confidence",
                    0.9));
            ReportSettings base = fixture.settings(true);
            ReportSettings settings = ReportSettings.builder()
                    .artifactDir(base.artifactDir())
                    .prometheusUrl(base.metrics().prometheusUrl())
                    .lokiUrl(base.logs().lokiUrl())
                    .ollamaUrl(stub.url())
                    .ollamaModel("llama3.2:3b")
                    .logFile(fixture.appLog)
                    .queriesFile(base.queriesFile())
                    .serverCores(2)
                    .aiEnabled(true)
                    .build();

            AiAnalysis ai = new ReportPipeline(settings, line -> {})
                    .run(fixture.runDir, Optional.empty())
                    .analysis();

            assertThat(ai.model().outcome()).isEqualTo(Outcome.OK);
            assertThat(ai.deterministicStatus()).isEqualTo(dev.stressgate.report.analysis.Status.CRITICAL);
            String html = Files.readString(fixture.runDir.resolve("report.html"));
            String verdict = html.substring(html.indexOf("<section id=\"verdict\""));
            verdict = verdict.substring(0, verdict.indexOf("</section>"));
            String firstParagraph = verdict.substring(verdict.indexOf("<p>") + 3, verdict.indexOf("</p>"));
            assertThat(firstParagraph).doesNotContain("ship it").contains("CRITICAL");
            assertThat(verdict)
                    .contains("<p class=\"muted model-analysis\">Model&#39;s analysis (llama3.2:3b): " + SHIP_IT
                            + "</p>");
            for (String file : List.of("report.md", "report.txt")) {
                String text = Files.readString(fixture.runDir.resolve(file));
                assertThat(text.indexOf(ai.deterministicSummary()))
                        .as(file)
                        .isNotNegative()
                        .isLessThan(text.indexOf("Model's analysis (llama3.2:3b): Everything is HEALTHY"));
                assertThat(text.substring(0, text.indexOf(SHIP_IT)))
                        .as(file + ": the model's words are labelled first")
                        .endsWith("Model's analysis (llama3.2:3b): ");
            }
        }
    }
}
