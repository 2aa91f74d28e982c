package dev.stressgate.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.report.pipeline.ReportSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsOptionsTest {

    private static final Map<String, String> ENV = Map.of(
            "PROM_URL", "http://prom.internal:9090", "PROM_SELECTOR", "job=\"api\"",
            "LOKI_URL", "http://loki.internal:3100", "LOKI_SELECTOR", "{app=\"api\"}",
            "APP_LOG_FILE", "/var/log/api.jsonl",
            "OLLAMA_URL", "http://gpu-box:11434", "OLLAMA_MODEL", "qwen2.5:7b", "OLLAMA_TIMEOUT_SECONDS", "7",
            "ARTIFACT_DIR", "/runs", "SERVER_CORES", "16");

    @Test
    void everySourceTakesItsSettingsFromTheEnvironment() {
        ReportSettings settings = new SettingsOptions().resolve(ENV, true);

        assertThat(settings.metrics().prometheusUrl()).isEqualTo(URI.create("http://prom.internal:9090"));
        assertThat(settings.metrics().targetSelector()).isEqualTo("job=\"api\"");
        assertThat(settings.logs().lokiUrl()).isEqualTo(URI.create("http://loki.internal:3100"));
        assertThat(settings.logs().lokiSelector()).isEqualTo("{app=\"api\"}");
        assertThat(settings.logs().logFile()).isEqualTo(Path.of("/var/log/api.jsonl"));
        assertThat(settings.ollama().url()).isEqualTo(URI.create("http://gpu-box:11434"));
        assertThat(settings.ollama().model()).isEqualTo("qwen2.5:7b");
        assertThat(settings.ollama().timeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(settings.ollama().enabled()).isTrue();
        assertThat(settings.artifactDir()).isEqualTo(Path.of("/runs"));
        assertThat(settings.serverCores()).isEqualTo(16);
    }

    @Test
    void optionsOverrideTheEnvironmentAndKeepTheRest() {
        SettingsOptions options = new SettingsOptions();
        options.prometheusUrl = URI.create("http://127.0.0.1:19090");
        options.appLogFile = Path.of("tmp/app.log");
        options.ollamaModel = "llama3.2:3b";

        ReportSettings settings = options.resolve(ENV, false);

        assertThat(settings.metrics().prometheusUrl()).isEqualTo(URI.create("http://127.0.0.1:19090"));
        assertThat(settings.metrics().targetSelector()).isEqualTo("job=\"api\"");
        assertThat(settings.logs().logFile()).isEqualTo(Path.of("tmp/app.log"));
        assertThat(settings.logs().lokiSelector()).isEqualTo("{app=\"api\"}");
        assertThat(settings.ollama().model()).isEqualTo("llama3.2:3b");
        assertThat(settings.ollama().timeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(settings.ollama().enabled()).as("--no-ai").isFalse();
    }
}
