package dev.stressgate.report.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stressgate.report.pipeline.ConfiguredSources;
import dev.stressgate.report.pipeline.ReportSettings;
import dev.stressgate.report.sources.logs.LogFieldMapping;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

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

    @Test
    void everySourceTakesItsSettingsFromTheEnvironment() {
        ReportSettings settings = new SettingsOptions().resolve(ENV, true);

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
    void aSourceTimeoutThatIsNotAPositiveWholeNumberOfSecondsIsRefusedByName() {
        SettingsOptions options = new SettingsOptions();

        assertThatThrownBy(() -> options.resolve(Map.of("PROM_TIMEOUT_SECONDS", "0"), true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PROM_TIMEOUT_SECONDS: expected a whole number of seconds of at least 1, got '0'");
        assertThatThrownBy(() -> options.resolve(Map.of("LOKI_TIMEOUT_SECONDS", "1.5"), true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LOKI_TIMEOUT_SECONDS: expected a whole number of seconds of at least 1, got '1.5'");
        assertThatThrownBy(() -> options.resolve(Map.of("OLLAMA_TIMEOUT_SECONDS", "soon"), true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OLLAMA_TIMEOUT_SECONDS")
                .hasMessageContaining("'soon'");
    }

    @Test
    void aBaselineToleranceThatIsNotAPercentageIsRefusedByName() {
        SettingsOptions options = new SettingsOptions();

        assertThatThrownBy(() -> options.resolve(Map.of("BASELINE_TOLERANCE_PCT", "ten"), true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BASELINE_TOLERANCE_PCT")
                .hasMessageContaining("'ten'");
    }

    @Test
    void optionsOverrideTheEnvironmentAndKeepTheRest() {
        SettingsOptions options = new SettingsOptions();
        options.prometheusUrl = URI.create("http://127.0.0.1:19090");
        options.appLogFile = Path.of("tmp/app.log");
        options.ollamaModel = "llama3.2:3b";
        options.baselineTolerancePct = 5.0;

        ReportSettings settings = options.resolve(ENV, false);

        assertThat(settings.metrics().prometheusUrl()).isEqualTo(URI.create("http://127.0.0.1:19090"));
        assertThat(settings.metrics().targetSelector()).isEqualTo("job=\"api\"");
        assertThat(settings.metrics().timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.logs().timeout()).isEqualTo(Duration.ofSeconds(4));
        assertThat(settings.logs().logFile()).isEqualTo(Path.of("tmp/app.log"));
        assertThat(settings.logs().lokiSelector()).isEqualTo("{app=\"api\"}");
        assertThat(settings.ollama().model()).isEqualTo("llama3.2:3b");
        assertThat(settings.ollama().timeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(settings.ollama().enabled()).as("--no-ai").isFalse();
        assertThat(settings.baselineTolerance().pct()).isEqualTo(5.0);
    }

    @Test
    void logFieldsComeFromTheEnvironmentAndTheOptionOverridesThem() {
        SettingsOptions options = new SettingsOptions();
        Map<String, String> env = Map.of("LOG_FIELDS", "time:when,status:code");

        assertThat(options.resolve(env, false).logs().fields().names())
                .isEqualTo(Map.of(LogFieldMapping.Field.TIME, "when", LogFieldMapping.Field.STATUS, "code"));

        options.logFields = "message:text";
        assertThat(options.resolve(env, false).logs().fields().names())
                .isEqualTo(Map.of(LogFieldMapping.Field.MESSAGE, "text"));
    }

    @Test
    void aLogFieldsKeyThatDoesNotExistIsRefusedByName() {
        assertThatThrownBy(() -> new SettingsOptions().resolve(Map.of("LOG_FIELDS", "when:ts"), true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LOG_FIELDS: unknown field 'when'");
    }

    @Test
    void aSourceCountsAsConfiguredWhenItsAddressCameFromTheEnvironmentOrAnOption() {
        SettingsOptions options = new SettingsOptions();
        options.lokiUrl = URI.create("http://127.0.0.1:13100");

        ReportSettings settings = options.resolve(Map.of("OLLAMA_URL", "http://gpu-box:11434"), true);

        assertThat(settings.configured()).isEqualTo(new ConfiguredSources(false, true, true));
        assertThat(new SettingsOptions().resolve(ENV, true).configured()).isEqualTo(ConfiguredSources.all());
        assertThat(new SettingsOptions().resolve(Map.of(), true).configured())
                .isEqualTo(new ConfiguredSources(false, false, false));
    }
}
