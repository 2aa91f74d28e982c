package dev.stressgate.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.config.Environment;
import dev.stressgate.report.pipeline.ConfiguredSources;
import dev.stressgate.report.pipeline.ReportSettings;
import dev.stressgate.report.sources.logs.LogFieldMapping;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The report's options default to their environment variables, and the options win over them. */
class SettingsOptionsTest {

    private static final Map<String, String> ENV = Map.ofEntries(
            Map.entry("PROM_URL", "http://prom.internal:9090"),
            Map.entry("PROM_SELECTOR", "job=\"api\""),
            Map.entry("LOKI_URL", "http://loki.internal:3100"),
            Map.entry("LOKI_SELECTOR", "{app=\"api\"}"),
            Map.entry("APP_LOG_FILE", "/var/log/api.jsonl"),
            Map.entry("OLLAMA_URL", "http://gpu-box:11434"),
            Map.entry("OLLAMA_MODEL", "qwen2.5:7b"),
            Map.entry("OLLAMA_TIMEOUT_SECONDS", "7"),
            Map.entry("PROM_TIMEOUT_SECONDS", "3"),
            Map.entry("LOKI_TIMEOUT_SECONDS", "4"),
            Map.entry("ARTIFACT_DIR", "/runs"),
            Map.entry("SERVER_CORES", "16"),
            Map.entry("BASELINE_TOLERANCE_PCT", "25"));

    private final StringWriter err = new StringWriter();

    /** The settings {@code report <args>} resolves with these environment variables. */
    private static ReportSettings settings(Map<String, String> env, String... args) {
        CommandLine cli = StressgateCli.commandLine(
                Environment.of(env), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        String[] line = Stream.concat(Stream.of("report"), Stream.of(args)).toArray(String[]::new);
        ReportCommand report =
                cli.parseArgs(line).subcommand().commandSpec().commandLine().getCommand();
        return report.options.settings(!report.noAi);
    }

    /** The exit code of {@code report <args>}, run on a run directory that does not exist; stderr in {@link #err}. */
    private int run(Map<String, String> env, String... args) {
        String[] line = Stream.concat(Stream.of("report", "--no-ai", "--run-dir", "/nonexistent/run"), Stream.of(args))
                .toArray(String[]::new);
        return StressgateCli.execute(line, env, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
    }

    @Test
    void everySourceTakesItsSettingsFromTheEnvironment() {
        ReportSettings settings = settings(ENV);

        assertThat(settings.metrics().prometheusUrl()).isEqualTo(URI.create("http://prom.internal:9090"));
        assertThat(settings.metrics().targetSelector()).isEqualTo("job=\"api\"");
        assertThat(settings.metrics().timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.logs().timeout()).isEqualTo(Duration.ofSeconds(4));
        assertThat(settings.logs().lokiUrl()).isEqualTo(URI.create("http://loki.internal:3100"));
        assertThat(settings.logs().lokiSelector()).isEqualTo("{app=\"api\"}");
        assertThat(settings.logs().logFile()).isEqualTo(Path.of("/var/log/api.jsonl"));
        assertThat(settings.ollama().url()).isEqualTo(URI.create("http://gpu-box:11434"));
        assertThat(settings.ollama().model()).isEqualTo("qwen2.5:7b");
        assertThat(settings.ollama().timeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(settings.ollama().enabled()).isTrue();
        assertThat(settings.artifactDir()).isEqualTo(Path.of("/runs"));
        assertThat(settings.serverCores()).isEqualTo(16);
        assertThat(settings.baselineTolerance().pct()).isEqualTo(25.0);
        assertThat(settings.baselineTolerance().failOnRegression()).isTrue();
    }

    @Test
    void withoutVariablesOrOptionsEverySettingHasItsDocumentedDefault() {
        ReportSettings settings = settings(Map.of());

        assertThat(settings.artifactDir()).isEqualTo(Path.of("tmp/stress-runs"));
        assertThat(settings.queriesFile()).isEqualTo(Path.of("monitoring/queries.json"));
        assertThat(settings.metrics().prometheusUrl()).isEqualTo(URI.create("http://localhost:9090"));
        assertThat(settings.metrics().targetSelector()).isEqualTo("job=\"socialapp\"");
        assertThat(settings.metrics().timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.logs().lokiUrl()).isEqualTo(URI.create("http://localhost:3100"));
        assertThat(settings.logs().lokiSelector()).isEqualTo("{job=\"socialapp\"}");
        assertThat(settings.logs().timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.logs().logFile()).isEqualTo(Path.of("tmp/socialapp/socialapp.log"));
        assertThat(settings.logs().fields()).isEqualTo(LogFieldMapping.NONE);
        assertThat(settings.ollama().url()).isEqualTo(URI.create("http://localhost:11434"));
        assertThat(settings.ollama().model()).isEqualTo("llama3.2:3b");
        assertThat(settings.ollama().timeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.serverCores()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(settings.baselineTolerance().pct()).isEqualTo(10.0);
    }

    @Test
    void aBlankVariableCountsAsUnset() {
        ReportSettings settings = settings(Map.of("PROM_URL", " ", "OLLAMA_MODEL", "", "ARTIFACT_DIR", "  "));

        assertThat(settings.metrics().prometheusUrl()).isEqualTo(URI.create("http://localhost:9090"));
        assertThat(settings.ollama().model()).isEqualTo("llama3.2:3b");
        assertThat(settings.artifactDir()).isEqualTo(Path.of("tmp/stress-runs"));
        assertThat(settings.configured().prometheus()).isFalse();
    }

    @Test
    void aBadValueFromAVariableIsRefusedNamingTheVariableTheOptionAndTheExpectedForm() {
        assertThat(run(Map.of("PROM_TIMEOUT_SECONDS", "0"))).isEqualTo(2);
        assertThat(err.toString())
                .contains("--prom-timeout")
                .contains("expected a whole number of seconds of at least 1, got '0'")
                .contains("(the value of PROM_TIMEOUT_SECONDS)");

        assertThat(run(Map.of("LOKI_TIMEOUT_SECONDS", "1.5"))).isEqualTo(2);
        assertThat(err.toString())
                .contains(
                        "expected a whole number of seconds of at least 1, got '1.5' (the value of LOKI_TIMEOUT_SECONDS)");

        assertThat(run(Map.of("OLLAMA_TIMEOUT_SECONDS", "soon"))).isEqualTo(2);
        assertThat(err.toString()).contains("got 'soon' (the value of OLLAMA_TIMEOUT_SECONDS)");

        assertThat(run(Map.of("BASELINE_TOLERANCE_PCT", "ten"))).isEqualTo(2);
        assertThat(err.toString())
                .contains("--baseline-tolerance")
                .contains(
                        "expected a percentage of at least 0 (e.g. 10), got 'ten' (the value of BASELINE_TOLERANCE_PCT)");
    }

    @Test
    void aSelectorThatIsNoStreamSelectorIsUnusableInputNotAnInternalFailure() {
        assertThat(run(Map.of("LOKI_SELECTOR", "job=api"))).isEqualTo(2);

        assertThat(err.toString())
                .contains("LOKI_SELECTOR must be a LogQL stream selector")
                .contains("job=api")
                .doesNotContain("internal failure");
    }

    @Test
    void aBadValueGivenAsAnOptionIsNotBlamedOnTheVariable() {
        assertThat(run(Map.of("SERVER_CORES", "4"), "--server-cores", "0")).isEqualTo(2);

        assertThat(err.toString())
                .contains("--server-cores")
                .contains("expected a whole number of at least 1, got '0'")
                .doesNotContain("SERVER_CORES");
    }

    @Test
    void anOptionReplacesABadVariableWithoutReadingIt() {
        ReportSettings settings = settings(Map.of("SERVER_CORES", "two"), "--server-cores", "2");

        assertThat(settings.serverCores()).isEqualTo(2);
    }

    @Test
    void optionsOverrideTheEnvironmentAndKeepTheRest() {
        ReportSettings settings = settings(
                ENV,
                "--no-ai",
                "--prom-url",
                "http://127.0.0.1:19090",
                "--app-log-file",
                "tmp/app.log",
                "--ollama-model",
                "llama3.2:3b",
                "--baseline-tolerance",
                "5",
                "--loki-timeout",
                "9");

        assertThat(settings.metrics().prometheusUrl()).isEqualTo(URI.create("http://127.0.0.1:19090"));
        assertThat(settings.metrics().targetSelector()).isEqualTo("job=\"api\"");
        assertThat(settings.metrics().timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.logs().timeout()).isEqualTo(Duration.ofSeconds(9));
        assertThat(settings.logs().logFile()).isEqualTo(Path.of("tmp/app.log"));
        assertThat(settings.logs().lokiSelector()).isEqualTo("{app=\"api\"}");
        assertThat(settings.ollama().model()).isEqualTo("llama3.2:3b");
        assertThat(settings.ollama().timeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(settings.ollama().enabled()).as("--no-ai").isFalse();
        assertThat(settings.baselineTolerance().pct()).isEqualTo(5.0);
    }

    @Test
    void logFieldsComeFromTheEnvironmentAndTheOptionOverridesThem() {
        Map<String, String> env = Map.of("LOG_FIELDS", "time:when,status:code");

        assertThat(settings(env).logs().fields().names())
                .isEqualTo(Map.of(LogFieldMapping.Field.TIME, "when", LogFieldMapping.Field.STATUS, "code"));
        assertThat(settings(env, "--log-fields", "message:text").logs().fields().names())
                .isEqualTo(Map.of(LogFieldMapping.Field.MESSAGE, "text"));
    }

    @Test
    void aLogFieldsKeyThatDoesNotExistIsRefusedByName() {
        assertThat(run(Map.of("LOG_FIELDS", "when:ts"))).isEqualTo(2);

        assertThat(err.toString()).contains("LOG_FIELDS: unknown field 'when'");
    }

    @Test
    void aSourceCountsAsConfiguredWhenItsAddressOrSelectorCameFromTheEnvironmentOrAnOption() {
        ReportSettings settings =
                settings(Map.of("OLLAMA_URL", "http://gpu-box:11434"), "--loki-url", "http://127.0.0.1:13100");

        assertThat(settings.configured()).isEqualTo(new ConfiguredSources(false, true, true));
        assertThat(settings(Map.of("LOKI_SELECTOR", "{app=\"x\"}")).configured())
                .isEqualTo(new ConfiguredSources(false, true, false));
        assertThat(settings(Map.of(), "--prom-selector", "job=\"x\"").configured())
                .isEqualTo(new ConfiguredSources(true, false, false));
        assertThat(settings(ENV).configured()).isEqualTo(ConfiguredSources.all());
        assertThat(settings(Map.of()).configured()).isEqualTo(new ConfiguredSources(false, false, false));
    }

    @Test
    void aSystemPropertyOfTheVariablesNameWinsOverTheVariable() {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("ollama.model", "from-property");
        CommandLine cli = StressgateCli.commandLine(
                Environment.of(new HashMap<>(ENV), properties),
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        ReportCommand report =
                cli.parseArgs("report").subcommand().commandSpec().commandLine().getCommand();

        assertThat(report.options.settings(true).ollama().model()).isEqualTo("from-property");
    }

    @Test
    void theProcessReadsItsOwnEnvironmentVariables() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        StressgateCli.class.getName(),
                        "report",
                        "--no-ai",
                        "--run-dir",
                        "/nonexistent/run")
                .redirectErrorStream(true);
        builder.environment().put("SERVER_CORES", "two");
        Process process = builder.start();

        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("expected a whole number of at least 1, got 'two' (the value of SERVER_CORES)");
    }
}
