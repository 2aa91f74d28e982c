package dev.stressgate.socialapp.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stressgate.config.ConfigException;
import dev.stressgate.config.Environment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class EnvironmentConfigTest {

    @Test
    void defaultsMatchTheDocumentedValues() {
        SocialAppConfig config = new EnvironmentConfig(Environment.of(Map.of(), new Properties())).read();
        assertThat(config.port()).isEqualTo(8375);
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.logFile()).isEqualTo(Path.of("tmp/socialapp/socialapp.log"));
        assertThat(config.database().url()).isNull();
        assertThat(config.passwordIterations()).isEqualTo(100_000);
        assertThat(config.ticketTtl()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.rateLimit()).isEqualTo(new RateLimitSettings(true, 600, Duration.ofMinutes(1)));
        assertThat(config.faultsFile()).isNull();
    }

    @Test
    void environmentIsReadAndSystemPropertiesWin() {
        Properties properties = new Properties();
        properties.setProperty("app.port", "9100");
        SocialAppConfig config = new EnvironmentConfig(Environment.of(
                        Map.of(
                                "APP_PORT",
                                "0",
                                "APP_DB_URL",
                                "jdbc:h2:./x",
                                "APP_RATE_LIMIT_REQUESTS",
                                "5",
                                "APP_RATE_LIMIT_WINDOW_SECONDS",
                                "10",
                                "APP_FAULTS_FILE",
                                "f.json",
                                "APP_LOG_CONSOLE",
                                "false"),
                        properties))
                .read();
        assertThat(config.port()).isEqualTo(9100);
        assertThat(config.database().url()).isEqualTo("jdbc:h2:./x");
        assertThat(config.rateLimit().requests()).isEqualTo(5);
        assertThat(config.rateLimit().window()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.faultsFile()).isEqualTo(Path.of("f.json"));
        assertThat(config.logToConsole()).isFalse();
    }

    @Test
    void badValuesNameTheVariableAndTheExpectation() {
        assertThatThrownBy(() ->
                        new EnvironmentConfig(Environment.of(Map.of("APP_PORT", "eighty"), new Properties())).read())
                .isInstanceOf(ConfigException.class)
                .hasMessage("APP_PORT / app.port: expected a whole number from 0 to 65535, got 'eighty'");
        assertThatThrownBy(() -> new EnvironmentConfig(
                                Environment.of(Map.of("APP_RATE_LIMIT_ENABLED", "maybe"), new Properties()))
                        .read())
                .hasMessage("APP_RATE_LIMIT_ENABLED / app.rate.limit.enabled: expected true or false, got 'maybe'");
    }
}
