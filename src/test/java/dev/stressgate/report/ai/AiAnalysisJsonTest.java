package dev.stressgate.report.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.report.analysis.RunFixture;
import dev.stressgate.report.analysis.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AiAnalysisJsonTest {

    private static AiAnalysis deterministic() {
        RunFixture run = RunFixture.healthy();
        run.error("status 503 (expected 200)", "feed: list posts", 600);
        OllamaSettings off = new OllamaSettings(
                java.net.URI.create(OllamaSettings.DEFAULT_URL),
                OllamaSettings.DEFAULT_MODEL,
                Duration.ofSeconds(1),
                0.1,
                false);
        return new OllamaAnalyst(off, s -> s).analyze(run.analyze(), run.input());
    }

    @Test
    void writesTheContractShapeAndReadsItBack(@TempDir Path dir) throws IOException {
        AiAnalysis analysis = deterministic();
        AiAnalysisJson io = new AiAnalysisJson();

        Path file = io.write(dir, analysis);

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.fieldNames())
                .toIterable()
                .contains(
                        "status",
                        "summary",
                        "findings",
                        "bottlenecks",
                        "likely_causes",
                        "next_actions",
                        "confidence",
                        "deterministic_status",
                        "deterministic_reasons",
                        "slo",
                        "sources",
                        "model",
                        "evidence");
        assertThat(json.get("status").asText()).isEqualTo("CRITICAL");
        assertThat(json.at("/model/outcome").asText()).isEqualTo("disabled");
        assertThat(json.at("/slo/0/evidence_id").asText()).isEqualTo("slo.global.p95_ms");
        assertThat(json.at("/findings/0/evidence/0").asText())
                .isIn(json.get("evidence").findValuesAsText("id"));
        assertThat(io.read(file)).isEqualTo(analysis);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void rewritingGivesTheSameBytes(@TempDir Path dir) throws IOException {
        AiAnalysisJson io = new AiAnalysisJson();
        byte[] first = Files.readAllBytes(io.write(dir, deterministic()));
        byte[] second = Files.readAllBytes(io.write(dir, deterministic()));

        assertThat(second).isEqualTo(first);
        assertThat(io.read(dir.resolve(AiAnalysisJson.FILE_NAME)).deterministicStatus())
                .isEqualTo(Status.CRITICAL);
    }

    @Test
    void brokenFileNamesItself(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve(AiAnalysisJson.FILE_NAME), "{\"status\": ");

        assertThatThrownBy(() -> new AiAnalysisJson().read(file))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(file + ": not valid JSON: ");
    }
}
