package dev.stressgate.socialapp.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SocialAppConfigTest {

    @Test
    void aDerivedConfigurationKeepsEverythingItDoesNotChange() {
        SocialAppConfig original = SocialAppConfig.builder()
                .host("0.0.0.0")
                .port(9100)
                .logFile(Path.of("/var/log/app.log"))
                .logToConsole(false)
                .database(DatabaseSettings.inMemory().withPoolSize(3))
                .passwordIterations(7)
                .ticketTtl(Duration.ofSeconds(5))
                .rateLimit(new RateLimitSettings(false, 9, Duration.ofSeconds(2)))
                .websocketQueueCapacity(11)
                .maxRequestBytes(4096)
                .faultsFile(Path.of("faults.json"))
                .build();

        SocialAppConfig derived = original.toBuilder().port(0).build();

        assertThat(derived).usingRecursiveComparison().ignoringFields("port").isEqualTo(original);
        assertThat(derived.port()).isZero();
        assertThat(original.toBuilder().build()).isEqualTo(original);
    }

    @Test
    void theBuilderStartsFromTheDefaultsAndTheRecordStillChecksTheResult() {
        SocialAppConfig defaults = SocialAppConfig.defaults();
        assertThat(defaults.port()).isEqualTo(8375);
        assertThat(defaults.host()).isEqualTo("127.0.0.1");
        assertThat(defaults.faultsFile()).isNull();

        assertThatThrownBy(() -> SocialAppConfig.builder().port(70_000).build())
                .hasMessageContaining("port must be between 0 and 65535");
    }
}
