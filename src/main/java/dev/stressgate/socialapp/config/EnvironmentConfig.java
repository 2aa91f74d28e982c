package dev.stressgate.socialapp.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Reads {@link SocialAppConfig} from environment variables ({@code APP_PORT}) and system properties
 * ({@code -Dapp.port=...}, which win). A value that does not parse fails with the variable's name,
 * what was expected and what was given.
 */
public final class EnvironmentConfig {

    private final Map<String, String> environment;
    private final Properties properties;

    public EnvironmentConfig(Map<String, String> environment, Properties properties) {
        this.environment = environment;
        this.properties = properties;
    }

    public static SocialAppConfig fromSystem() {
        return new EnvironmentConfig(System.getenv(), System.getProperties()).read();
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
        return new SocialAppConfig(
                text("APP_HOST", defaults.host()),
                integer("APP_PORT", defaults.port(), 0, 65535),
                Path.of(text("APP_LOG_FILE", defaults.logFile().toString())),
                bool("APP_LOG_CONSOLE", defaults.logToConsole()),
                database,
                integer("APP_PASSWORD_ITERATIONS", defaults.passwordIterations(), 1, 10_000_000),
                Duration.ofSeconds(integer(
                        "APP_TICKET_TTL_SECONDS", (int) defaults.ticketTtl().toSeconds(), 1, 86_400)),
                rateLimit,
                integer("APP_WS_QUEUE_CAPACITY", defaults.websocketQueueCapacity(), 1, 1_000_000),
                integer("APP_MAX_REQUEST_BYTES", (int) defaults.maxRequestBytes(), 1024, 100 * 1024 * 1024),
                faults == null ? null : Path.of(faults));
    }

    private String raw(String name) {
        String property = properties.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'));
        if (property != null && !property.isBlank()) {
            return property.trim();
        }
        String env = environment.get(name);
        return env == null || env.isBlank() ? null : env.trim();
    }

    private String text(String name, String fallback) {
        String value = raw(name);
        return value == null ? fallback : value;
    }

    private int integer(String name, int fallback, int min, int max) {
        String value = raw(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the expected range
        }
        throw new ConfigException(
                name + ": expected an integer between " + min + " and " + max + ", got '" + value + "'");
    }

    private boolean bool(String name, boolean fallback) {
        String value = raw(name);
        if (value == null) {
            return fallback;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new ConfigException(name + ": expected true or false, got '" + value + "'");
        };
    }
}
