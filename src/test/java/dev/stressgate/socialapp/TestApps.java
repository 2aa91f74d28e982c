package dev.stressgate.socialapp;

import dev.stressgate.socialapp.config.RateLimitSettings;
import dev.stressgate.socialapp.config.SocialAppConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Starts app instances for tests: random loopback port, cheap password hashing, own log file under target/. */
final class TestApps {

    private TestApps() {}

    static SocialAppConfig config(String name) {
        return SocialAppConfig.defaults()
                .withPort(0)
                .withLogToConsole(false)
                .withLogFile(Path.of("target", "test-logs", name + "-" + UUID.randomUUID() + ".log"))
                .withPasswordIterations(1_000)
                .withRateLimit(new RateLimitSettings(true, 100_000, Duration.ofMinutes(1)));
    }

    static SocialApp start(String name) {
        return SocialApp.start(config(name));
    }

    static SocialApp start(String name, UnaryOperator<SocialAppConfig> customise) {
        return SocialApp.start(customise.apply(config(name)));
    }
}
