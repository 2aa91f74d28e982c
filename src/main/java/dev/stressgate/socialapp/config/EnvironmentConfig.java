package dev.stressgate.socialapp.config;

import dev.stressgate.config.Environment;
import dev.stressgate.config.Setting;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Reads {@link SocialAppConfig} through the project's one settings lookup ({@link Environment}): environment
 * variables ({@code APP_PORT}) and system properties ({@code -Dapp.port=...}, which win). A value that does not parse
 * fails with the variable's name, what was expected and what was given.
 */
public final class EnvironmentConfig {

    private final Environment environment;

    public EnvironmentConfig(Environment environment) {
        this.environment = environment;
    }

    public static SocialAppConfig fromSystem() {
        return new EnvironmentConfig(Environment.ofProcess()).read();
    }

    public SocialAppConfig read() {
        SocialAppConfig defaults = SocialAppConfig.defaults();
        DatabaseSettings db = defaults.database();
        DatabaseSettings database = new DatabaseSettings(
                text("APP_DB_URL", db.url()),
                text("APP_DB_USER", db.user()),
                text("APP_DB_PASSWORD", db.password()),
                integer("APP_DB_POOL_SIZE", db.poolSize(), 1, 1000),
                Duration.ofMillis(integer(
                        "APP_DB_CONNECTION_TIMEOUT_MS",
                        (int) db.connectionTimeout().toMillis(),
                        250,
                        600_000)));
        RateLimitSettings rate = defaults.rateLimit();
        RateLimitSettings rateLimit = new RateLimitSettings(
                bool("APP_RATE_LIMIT_ENABLED", rate.enabled()),
                integer("APP_RATE_LIMIT_REQUESTS", (int) rate.requests(), 1, Integer.MAX_VALUE),
                Duration.ofSeconds(integer(
                        "APP_RATE_LIMIT_WINDOW_SECONDS", (int) rate.window().toSeconds(), 1, 86_400)));
        String faults = text("APP_FAULTS_FILE", null);
        return SocialAppConfig.builder()
                .host(text("APP_HOST", defaults.host()))
                .port(integer("APP_PORT", defaults.port(), 0, 65535))
                .logFile(Path.of(text("APP_LOG_FILE", defaults.logFile().toString())))
                .logToConsole(bool("APP_LOG_CONSOLE", defaults.logToConsole()))
                .database(database)
                .passwordIterations(integer("APP_PASSWORD_ITERATIONS", defaults.passwordIterations(), 1, 10_000_000))
                .ticketTtl(Duration.ofSeconds(integer(
                        "APP_TICKET_TTL_SECONDS", (int) defaults.ticketTtl().toSeconds(), 1, 86_400)))
                .rateLimit(rateLimit)
                .websocketQueueCapacity(
                        integer("APP_WS_QUEUE_CAPACITY", defaults.websocketQueueCapacity(), 1, 1_000_000))
                .maxRequestBytes(
                        integer("APP_MAX_REQUEST_BYTES", (int) defaults.maxRequestBytes(), 1024, 100 * 1024 * 1024))
                .faultsFile(faults == null ? null : Path.of(faults))
                .build();
    }

    private String text(String variable, String fallback) {
        return environment.text(Setting.variable(variable), fallback);
    }

    private int integer(String variable, int fallback, int min, int max) {
        return environment.integer(Setting.variable(variable), fallback, min, max);
    }

    private boolean bool(String variable, boolean fallback) {
        return environment.bool(Setting.variable(variable), fallback);
    }
}
