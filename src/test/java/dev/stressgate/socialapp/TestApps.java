package dev.stressgate.socialapp;

import dev.stressgate.socialapp.config.RateLimitSettings;
import dev.stressgate.socialapp.config.SocialAppConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Starts app instances for tests: random loopback port, cheap password hashing, own log file under target/. */
public final class TestApps {

    private TestApps() {}

    /** The app for a load-test IT: a random loopback port, no console output, cheap hashing, its log in this file. */
    public static SocialAppConfig.Builder quiet(Path logFile) {
        return SocialAppConfig.builder()
                .port(0)
                .logToConsole(false)
                .logFile(logFile)
                .passwordIterations(1_000);
    }

    /** As {@link #quiet} with a log under target/test-logs and a per-user rate limit no API test reaches. */
    static SocialAppConfig.Builder config(String name) {
        return quiet(Path.of("target", "test-logs", name + "-" + UUID.randomUUID() + ".log"))
                .rateLimit(new RateLimitSettings(true, 100_000, Duration.ofMinutes(1)));
    }

    static SocialApp start(String name) {
        return SocialApp.start(config(name).build());
    }

    static SocialApp start(String name, UnaryOperator<SocialAppConfig.Builder> customise) {
        return SocialApp.start(customise.apply(config(name)).build());
    }
}
