package dev.stressgate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class EnvironmentTest {
    private static final Setting PORT = Setting.variable("APP_PORT");

    private static Properties properties(String key, String value) {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        return properties;
    }

    @Test
    void aVariablesSystemPropertyIsItsNameInLowerCaseWithDots() {
        assertThat(Setting.variable("OUTBOUND_HTTP_VERSION").property()).isEqualTo("outbound.http.version");
        assertThat(Setting.variable("BASE_URL").label()).isEqualTo("BASE_URL / base.url");
        assertThat(Setting.property("injector.index").label()).isEqualTo("injector.index");
    }

    @Test
    void theSystemPropertyWinsOverTheVariableAndBlankCountsAsUnset() {
        assertThat(Environment.of(Map.of("APP_PORT", "9000"), properties("app.port", " 9100 "))
                        .integer(PORT, 8375, 0, 65535))
                .isEqualTo(9100);
        assertThat(Environment.of(Map.of("APP_PORT", "9000"), properties("app.port", "  "))
                        .integer(PORT, 8375, 0, 65535))
                .isEqualTo(9000);
        assertThat(Environment.of(Map.of("APP_PORT", " ")).integer(PORT, 8375, 0, 65535))
                .isEqualTo(8375);
        assertThat(Environment.of(Map.of()).value(PORT)).isEmpty();
    }

    @Test
    void aPropertyOnlySettingIgnoresAVariableOfTheSameSpelling() {
        Setting runDir = Setting.property("run.dir");

        assertThat(Environment.of(Map.of("RUN_DIR", "/x", "run.dir", "/y")).value(runDir))
                .isEmpty();
        assertThat(Environment.of(Map.of(), properties("run.dir", "/z")).value(runDir))
                .contains("/z");
    }

    @Test
    void typedValuesAreRead() {
        Environment env = Environment.of(Map.of("FLAG", "yes", "WAIT", "7", "NAME", " api "));

        assertThat(env.bool(Setting.variable("FLAG"), false)).isTrue();
        assertThat(env.seconds(Setting.variable("WAIT"), Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(7));
        assertThat(env.text(Setting.variable("NAME"), "x")).isEqualTo("api");
        assertThat(env.text(Setting.variable("UNSET"), "fallback")).isEqualTo("fallback");
    }

    @Test
    void aBadValueNamesTheSettingTheExpectedFormAndTheValue() {
        assertThatThrownBy(() -> Environment.of(Map.of("APP_PORT", "eighty")).integer(PORT, 8375, 0, 65535))
                .isInstanceOf(ConfigException.class)
                .hasMessage("APP_PORT / app.port: expected a whole number from 0 to 65535, got 'eighty'");
        assertThatThrownBy(() -> Environment.of(Map.of("APP_PORT", "70000")).integer(PORT, 8375, 0, 65535))
                .hasMessage("APP_PORT / app.port: expected a whole number from 0 to 65535, got '70000'");
        assertThatThrownBy(() -> Environment.of(Map.of(), properties("injector.count", "0"))
                        .integer(Setting.property("injector.count"), 1, 1, Integer.MAX_VALUE))
                .hasMessage("injector.count: expected a whole number of at least 1, got '0'");
        assertThatThrownBy(() -> Environment.of(Map.of("FLAG", "maybe")).bool(Setting.variable("FLAG"), true))
                .hasMessage("FLAG / flag: expected true or false, got 'maybe'");
        assertThatThrownBy(() -> Environment.of(Map.of("WAIT", "0")).seconds(Setting.variable("WAIT"), Duration.ZERO))
                .hasMessage("WAIT / wait: expected a whole number of seconds of at least 1, got '0'");
        assertThatThrownBy(() -> Environment.of(Map.of("MODE", "fast"))
                        .parsed(
                                Setting.variable("MODE"),
                                "slow",
                                "slow or careful",
                                raw -> raw.equals("careful") ? raw : null))
                .hasMessage("MODE / mode: expected slow or careful, got 'fast'");
    }
}
