package dev.stressgate.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stressgate.config.Environment;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RunSettingsTest {

    private static Properties properties(String... keyValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return properties;
    }

    @Test
    void defaultsWhenNothingIsSet() {
        RunSettings settings = RunSettings.from(Environment.of(Map.of(), new Properties()));
        assertThat(settings.baseUrl()).isEqualTo(URI.create("http://localhost:8375"));
        assertThat(settings.metricsUrl()).isEqualTo(URI.create("http://localhost:8375/metrics"));
        assertThat(settings.artifactDir()).isEqualTo(Path.of("tmp/stress-runs"));
        assertThat(settings.profile()).isEqualTo("smoke");
        assertThat(settings.presetRunDir()).isEmpty();
        assertThat(settings.scrapeInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.injectorIndex()).isZero();
        assertThat(settings.injectorCount()).isEqualTo(1);
    }

    @Test
    void environmentOverridesDefaultsAndSystemPropertiesOverrideEnvironment() {
        Map<String, String> env =
                Map.of("BASE_URL", "http://127.0.0.1:9000/", "ARTIFACT_DIR", "/data/runs", "PROFILE", "low");
        RunSettings fromEnv = RunSettings.from(Environment.of(env, new Properties()));
        assertThat(fromEnv.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:9000"));
        assertThat(fromEnv.artifactDir()).isEqualTo(Path.of("/data/runs"));
        assertThat(fromEnv.profile()).isEqualTo("low");

        RunSettings fromProperties = RunSettings.from(Environment.of(
                env,
                properties(
                        "base.url",
                        "http://127.0.0.1:9100",
                        "artifact.dir",
                        "out",
                        "profile",
                        "high",
                        "run.dir",
                        "out/r1",
                        "scrape.interval.s",
                        "2",
                        "injector.index",
                        "1",
                        "injector.count",
                        "3",
                        "run.id",
                        "20261128T120000Z-high")));
        assertThat(fromProperties.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:9100"));
        assertThat(fromProperties.artifactDir()).isEqualTo(Path.of("out"));
        assertThat(fromProperties.profile()).isEqualTo("high");
        assertThat(fromProperties.presetRunDir()).contains(Path.of("out/r1"));
        assertThat(fromProperties.scrapeInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(fromProperties.injectorIndex()).isEqualTo(1);
        assertThat(fromProperties.injectorCount()).isEqualTo(3);
    }

    @Test
    void theRunIsLabelledByRunNameElseByTheProfilesName() {
        RunSettings unnamed = RunSettings.from(Environment.of(Map.of(), properties("profile", "/abs/dir/x.json")));
        assertThat(unnamed.runLabel("nightly")).isEqualTo("nightly");

        assertThat(RunSettings.from(Environment.of(Map.of("RUN_NAME", "from-env"), new Properties()))
                        .runLabel("nightly"))
                .isEqualTo("from-env");
        assertThat(RunSettings.from(
                                Environment.of(Map.of("RUN_NAME", "from-env"), properties("run.name", "from-property")))
                        .runLabel("nightly"))
                .isEqualTo("from-property");
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(
                        () -> RunSettings.from(Environment.of(Map.of("BASE_URL", "localhost:8375"), new Properties())))
                .hasMessage(
                        "BASE_URL / base.url: expected an http(s) URL such as http://localhost:8375, got 'localhost:8375'");
        assertThatThrownBy(() -> RunSettings.from(Environment.of(Map.of(), properties("scrape.interval.s", "fast"))))
                .hasMessage("scrape.interval.s: expected a whole number of at least 1, got 'fast'");
        assertThatThrownBy(() -> RunSettings.from(Environment.of(
                        Map.of(), properties("injector.index", "2", "injector.count", "2", "run.id", "r"))))
                .hasMessage("INJECTOR_INDEX / injector.index: expected 0..1 (injector.count is 2), got 2");
        assertThatThrownBy(() -> RunSettings.from(Environment.of(Map.of("INJECTOR_COUNT", "3"))))
                .hasMessage("RUN_ID / run.id: required when injector.count is above 1 (3), so that every injector "
                        + "writes under one run directory");
        assertThatThrownBy(() -> RunSettings.from(Environment.of(Map.of("RUN_ID", "../x"))))
                .hasMessageContaining("RUN_ID / run.id: expected letters, digits");
        assertThatThrownBy(() -> RunSettings.from(Environment.of(Map.of("RUN_START_AT", "noon"))))
                .hasMessage("RUN_START_AT / run.start-at: expected an ISO-8601 UTC instant such as "
                        + "2026-11-28T12:00:00Z, got 'noon'");
        assertThatThrownBy(() -> RunSettings.from(Environment.of(Map.of("RUN_START_TOLERANCE_S", "-1"))))
                .hasMessage(
                        "RUN_START_TOLERANCE_S / run.start-tolerance.s: expected a number of seconds >= 0, got '-1'");
    }

    @Test
    void theInjectorContractOfSharedRunsComesFromTheEnvironmentAsPodsSetIt() {
        RunSettings pod = RunSettings.from(Environment.of(Map.of(
                "INJECTOR_COUNT", "4",
                "JOB_COMPLETION_INDEX", "3",
                "RUN_ID", "20261128T120000Z-high",
                "RUN_START_AT", "2026-11-28T12:00:05Z",
                "RUN_START_TOLERANCE_S", "1.5")));

        assertThat(pod.injectorIndex()).isEqualTo(3);
        assertThat(pod.injectorCount()).isEqualTo(4);
        assertThat(pod.runId()).isEqualTo("20261128T120000Z-high");
        assertThat(pod.sharedRun()).isTrue();
        assertThat(pod.startAt()).isEqualTo(java.time.Instant.parse("2026-11-28T12:00:05Z"));
        assertThat(pod.startTolerance()).isEqualTo(Duration.ofMillis(1_500));

        RunSettings explicit = RunSettings.from(Environment.of(
                Map.of("INJECTOR_COUNT", "4", "JOB_COMPLETION_INDEX", "3", "INJECTOR_INDEX", "1", "RUN_ID", "r")));
        assertThat(explicit.injectorIndex()).isEqualTo(1);
        assertThat(explicit.startAt()).isNull();
        assertThat(explicit.startTolerance()).isEqualTo(Duration.ofSeconds(2));
    }
}
