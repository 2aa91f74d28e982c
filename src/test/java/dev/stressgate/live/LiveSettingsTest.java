package dev.stressgate.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stressgate.config.Environment;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LiveSettingsTest {

    @Test
    void defaultsServeOnLoopbackWithTheLiveConsole() {
        LiveSettings settings = LiveSettings.from(Environment.of(Map.of()));

        assertThat(settings).isEqualTo(new LiveSettings(9464, "127.0.0.1", LiveSettings.Console.LIVE));
        assertThat(settings.serveMetrics()).isTrue();
    }

    @Test
    void aSystemPropertyWinsOverItsVariableAndOffServesNothing() {
        Properties properties = new Properties();
        properties.setProperty("injector.metrics.port", "off");
        LiveSettings settings = LiveSettings.from(Environment.of(
                Map.of("INJECTOR_METRICS_PORT", "9404", "INJECTOR_METRICS_HOST", "0.0.0.0", "CONSOLE", "Gatling"),
                properties));

        assertThat(settings).isEqualTo(new LiveSettings(LiveSettings.OFF, "0.0.0.0", LiveSettings.Console.GATLING));
        assertThat(settings.serveMetrics()).isFalse();
    }

    @Test
    void aBadValueNamesTheSettingTheExpectedFormAndTheValue() {
        assertThatThrownBy(() -> LiveSettings.from(Environment.of(Map.of("INJECTOR_METRICS_PORT", "70000"))))
                .hasMessage("INJECTOR_METRICS_PORT / injector.metrics.port: expected a port 0..65535 (0 = any free "
                        + "port) or 'off', got '70000'");
        assertThatThrownBy(() -> LiveSettings.from(Environment.of(Map.of("CONSOLE", "quiet"))))
                .hasMessageStartingWith("CONSOLE / console: expected 'live'")
                .hasMessageEndingWith("got 'quiet'");
    }
}
