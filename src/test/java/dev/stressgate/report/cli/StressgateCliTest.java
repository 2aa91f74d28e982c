package dev.stressgate.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.report.pipeline.ReportSettings;
import dev.stressgate.report.pipeline.RunDirFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StressgateCliTest {
    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> env, String... args) {
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

    private void assertNoStackTrace() {
        assertThat(err.toString() + out).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void reportsTheNewestRunFromTheEnvironmentAndTheGateFailsItsFailedSlo() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        Map<String, String> env = environment(fixture.settings(false));

        assertThat(run(env, "report", "--no-ai")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("==> parsing Gatling results").contains("==> report: ");
        try (Stream<Path> files = Files.list(fixture.runDir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains(
                            "summary.json",
                            "metrics.json",
                            "logs.json",
                            "ai-analysis.json",
                            "report.html",
                            "report.md",
                            "report.txt",
                            "junit.xml");
        }

        assertThat(run(env, "gate")).isEqualTo(1);
        assertThat(err.toString())
                .contains("GATE FAILED: run " + fixture.runDir.getFileName())
                .contains("SLO error_rate_pct (global) failed");
        assertNoStackTrace();
    }

    @Test
    void optionsOverrideTheEnvironment() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        ReportSettings s = fixture.settings(false);
        Map<String, String> misleading = Map.of(
                "ARTIFACT_DIR",
                root.resolve("elsewhere").toString(),
                "APP_LOG_FILE",
                root.resolve("no-such.log").toString());

        int code = run(
                misleading,
                "report",
                "--no-ai",
                "--artifact-dir",
                s.artifactDir().toString(),
                "--prom-url",
                s.metrics().prometheusUrl().toString(),
                "--loki-url",
                s.logs().lokiUrl().toString(),
                "--app-log-file",
                s.logs().logFile().toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(fixture.runDir.resolve("report.html")).exists();
        assertThat(s.artifactDir().resolve("index.html")).exists();
        assertThat(new ObjectMapper()
                        .readTree(fixture.runDir.resolve("logs.json").toFile())
                        .get("source")
                        .asText())
                .as("the log file given by --app-log-file was read")
                .isEqualTo("file");
    }

    @Test
    void noBaselineAndRefreshAreOptionsAndABaselineWithNoBaselineContradicts() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        Map<String, String> env = environment(fixture.settings(false));

        assertThat(run(env, "report", "--no-ai", "--no-baseline", "--refresh"))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("==> baseline: none (--no-baseline)");
        assertThat(out.toString())
                .as("the fixture has no scrape.jsonl and no Prometheus")
                .contains("The verdict rests on client data and logs (no server metrics); checks not run: ");

        int code = run(env, "report", "--no-ai", "--no-baseline", "--baseline", fixture.runDir.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .contains("--baseline " + fixture.runDir)
                .contains("and --no-baseline (NO_BASELINE=1) contradict each other");
        assertNoStackTrace();
    }

    @Test
    void aMissingRunDirectoryIsExitCodeTwoWithAClearMessage() {
        int code = run(Map.of(), "report", "--run-dir", root.resolve("nope").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .startsWith("stressgate report: run directory ")
                .contains("nope")
                .contains("does not exist");
        assertNoStackTrace();
    }

    @Test
    void anEmptyArtifactDirectoryIsExitCodeTwoWithAClearMessage() {
        int code = run(Map.of("ARTIFACT_DIR", root.toString()), "report");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .contains("no run recorded under " + root.toAbsolutePath())
                .contains("pass --run-dir");
        assertNoStackTrace();
    }

    @Test
    void aCorruptSimulationLogIsExitCodeTwoNamingFileAndOffset() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        Path log;
        try (Stream<Path> files = Files.walk(fixture.runDir.resolve("gatling"))) {
            log = files.filter(p -> p.getFileName().toString().equals("simulation.log"))
                    .findFirst()
                    .orElseThrow();
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "rw")) {
            file.setLength(file.length() / 2);
        }

        int code =
                run(environment(fixture.settings(false)), "report", "--no-ai", "--run-dir", fixture.runDir.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains(log.toString()).contains("at byte");
        assertNoStackTrace();
    }

    @Test
    void anUnusableServerCoreCountIsExitCodeTwoNamingTheVariable() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        Map<String, String> env = new java.util.HashMap<>(environment(fixture.settings(false)));
        env.put("SERVER_CORES", "two");

        assertThat(run(env, "report", "--no-ai")).isEqualTo(2);
        assertThat(err.toString())
                .contains("--server-cores")
                .contains("expected a whole number of at least 1, got 'two' (the value of SERVER_CORES)");
        assertThat(run(env, "report", "--no-ai", "--server-cores", "2"))
                .as(err.toString())
                .isZero();
        assertNoStackTrace();
    }

    @Test
    void gateAndIndexReadOnlyTheArtifactDirectoryAndIgnoreTheReportsSettings() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        Map<String, String> env = new java.util.HashMap<>(environment(fixture.settings(false)));
        assertThat(run(env, "report", "--no-ai")).as(err.toString()).isZero();
        env.put("SERVER_CORES", "two");
        env.put("BASELINE_TOLERANCE_PCT", "-3");
        env.put("PROM_URL", "not a url");

        assertThat(run(env, "gate")).as("the fixture run is CRITICAL: " + err).isEqualTo(1);
        assertThat(err.toString()).contains("GATE FAILED: run " + fixture.runDir.getFileName());
        assertThat(run(env, "index")).as(err.toString()).isZero();
        assertThat(fixture.artifactDir.resolve("index.html")).exists();
        assertThat(run(env, "gate", "--server-cores", "2")).isEqualTo(2);
        assertThat(err.toString()).contains("--server-cores");
        assertNoStackTrace();
    }

    @Test
    void theGateOnAnUnreportedRunIsExitCodeTwo() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);

        int code = run(Map.of(), "gate", "--run-dir", fixture.runDir.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("GATE UNUSABLE: no ").contains("ai-analysis.json");
    }

    @Test
    void withoutASubcommandTheUsageIsPrintedAndTheExitCodeIsTwo() {
        assertThat(run(Map.of())).isEqualTo(2);
        assertThat(err.toString()).contains("report").contains("index").contains("gate");
    }

    @Test
    void anUnknownOptionIsExitCodeTwo() {
        assertThat(run(Map.of(), "report", "--frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("--frobnicate");
    }

    @Test
    void everyHelpTextFormatsWithoutPicocliWarnings() {
        PrintStream systemErr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            for (String command : new String[] {"report", "index", "gate"}) {
                assertThat(run(Map.of(), command, "--help")).isZero();
            }
        } finally {
            System.setErr(systemErr);
        }

        assertThat(warnings.toString(StandardCharsets.UTF_8))
                .as("picocli's warnings on System.err")
                .isEmpty();
        assertThat(out.toString()).contains("% (env SERVER_CORES");
    }
}
