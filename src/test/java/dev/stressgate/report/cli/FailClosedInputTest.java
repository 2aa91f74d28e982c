package dev.stressgate.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stressgate.report.pipeline.ReportSettings;
import dev.stressgate.report.pipeline.RunDirFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every input the verdict depends on, damaged, makes report and gate exit 2 with file and field: never a pass. */
class FailClosedInputTest {
    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ObjectMapper mapper = new ObjectMapper();

    private int run(Map<String, String> env, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return StressgateCli.execute(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static Map<String, String> environment(ReportSettings s) {
        return Map.of(
                "ARTIFACT_DIR",
                s.artifactDir().toString(),
                "PROM_URL",
                s.metrics().prometheusUrl().toString(),
                "LOKI_URL",
                s.logs().lokiUrl().toString(),
                "OLLAMA_URL",
                s.ollama().url().toString(),
                "APP_LOG_FILE",
                s.logs().logFile().toString());
    }

    private void assertPlainMessage() {
        assertThat(err.toString() + out)
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("FreeMarker")
                .doesNotContain("because \"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\": \"smoke\", \"populat", "", "null", "[]", "{}"})
    void aDamagedProfileOnAFailingRunMakesReportAndGateUnusableNotPassed(String damaged) throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        Map<String, String> env = environment(fixture.settings(false));
        assertThat(run(env, "report", "--no-ai")).as(err.toString()).isZero();
        assertThat(run(env, "gate"))
                .as("the fixture's run fails its error-rate SLO")
                .isEqualTo(1);

        Files.writeString(fixture.runDir.resolve("profile.json"), damaged);

        assertThat(run(env, "report", "--no-ai")).as(out.toString()).isEqualTo(2);
        assertThat(err.toString())
                .contains(fixture.runDir.resolve("profile.json").toString());
        assertPlainMessage();
        assertThat(run(env, "gate"))
                .as("the stale ai-analysis.json must not decide: " + out)
                .isEqualTo(2);
        assertThat(err.toString()).startsWith("GATE UNUSABLE: ").contains("profile.json");
        assertPlainMessage();
    }

    @Test
    void aMissingProfileIsUnusable() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        Files.delete(fixture.runDir.resolve("profile.json"));

        assertThat(run(environment(fixture.settings(false)), "report", "--no-ai"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("profile.json is missing");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "deterministic_status|REMOVE|field 'deterministic_status': expected one of [HEALTHY, WARNING, CRITICAL], got nothing",
                "deterministic_status|null|field 'deterministic_status': expected one of [HEALTHY, WARNING, CRITICAL], got null",
                "deterministic_status|\"FINE\"|got \"FINE\"",
                "schema_version|9|field 'schema_version': expected 1, got 9",
                "status|{}|field 'status': expected one of",
                "slo|\"none\"|field 'slo': not of the type or value schema version 1 expects"
            })
    void aDamagedAnalysisMakesTheGateUnusable(String field, String value, String message) throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        Map<String, String> env = environment(fixture.settings(false));
        assertThat(run(env, "report", "--no-ai")).isZero();
        Path file = fixture.runDir.resolve("ai-analysis.json");
        ObjectNode analysis = (ObjectNode) mapper.readTree(file.toFile());
        if (value.equals("REMOVE")) {
            analysis.remove(field);
        } else {
            analysis.set(field, mapper.readTree(value));
        }
        Files.writeString(file, analysis.toString());

        assertThat(run(env, "gate")).isEqualTo(2);
        assertThat(err.toString()).startsWith("GATE UNUSABLE: " + file).contains(message);
        assertPlainMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "{}", "[]", "\"CRITICAL\"", ""})
    void anAnalysisThatIsNoObjectMakesTheGateUnusable(String content) throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        Map<String, String> env = environment(fixture.settings(false));
        assertThat(run(env, "report", "--no-ai")).isZero();
        Files.writeString(fixture.runDir.resolve("ai-analysis.json"), content);

        assertThat(run(env, "gate")).isEqualTo(2);
        assertThat(err.toString()).contains("ai-analysis.json");
        assertPlainMessage();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "start_epoch_ms|REMOVE|field 'start_epoch_ms': expected epoch milliseconds (an integer > 0), got nothing",
                "start_epoch_ms|null|field 'start_epoch_ms': expected epoch milliseconds (an integer > 0), got null",
                "start_epoch_ms|\"yesterday\"|got \"yesterday\"",
                "simulation|REMOVE|field 'simulation': expected a non-empty string, got nothing",
                "base_url|42|field 'base_url': expected a non-empty string, got 42",
                "profile|null|field 'profile': expected an object with the profile's name, got null",
                "run_id|REMOVE|field 'run_id'",
                "end_epoch_ms|1|field 'end_epoch_ms': expected a time not before start_epoch_ms",
                "schema_version|2|field 'schema_version': expected 1, got 2"
            })
    void aRunJsonWithoutAFieldNamesTheFileAndTheField(String field, String value, String message) throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        Path file = fixture.runDir.resolve("run.json");
        ObjectNode runJson = (ObjectNode) mapper.readTree(file.toFile());
        if (value.equals("REMOVE")) {
            runJson.remove(field);
        } else {
            runJson.set(field, mapper.readTree(value));
        }
        Files.writeString(file, runJson.toString());

        assertThat(run(environment(fixture.settings(false)), "report", "--no-ai"))
                .isEqualTo(2);
        assertThat(err.toString()).contains(file.toString()).contains(message);
        assertPlainMessage();
        assertThat(fixture.runDir.resolve("summary.json"))
                .as("nothing written for an unusable run")
                .doesNotExist();
    }
}
