package dev.stressgate.socialapp.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything a reference app instance needs to start. Build one with {@link #defaults()} and the
 * {@code with*} methods, or read it from the environment with {@link EnvironmentConfig}.
 *
 * @param faultsFile optional JSON file with the initial {@code FaultSettings}; null means no faults
 * @param logToConsole whether structured log lines also go to stdout (the log file always gets them)
 */
public record SocialAppConfig(
        String host,
        int port,
        Path logFile,
        boolean logToConsole,
        DatabaseSettings database,
        int passwordIterations,
        Duration ticketTtl,
        RateLimitSettings rateLimit,
        int websocketQueueCapacity,
        long maxRequestBytes,
        Path faultsFile) {

    public static final int DEFAULT_PORT = 8375;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final Path DEFAULT_LOG_FILE = Path.of("tmp", "socialapp", "socialapp.log");

    public SocialAppConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(logFile, "logFile");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(ticketTtl, "ticketTtl");
        Objects.requireNonNull(rateLimit, "rateLimit");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (passwordIterations < 1) {
            throw new IllegalArgumentException("passwordIterations must be positive, was " + passwordIterations);
        }
        if (ticketTtl.isNegative() || ticketTtl.isZero()) {
            throw new IllegalArgumentException("ticketTtl must be positive, was " + ticketTtl);
        }
        if (websocketQueueCapacity < 1) {
            throw new IllegalArgumentException(
                    "websocketQueueCapacity must be positive, was " + websocketQueueCapacity);
        }
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("maxRequestBytes must be at least 1024, was " + maxRequestBytes);
        }
    }

    public static SocialAppConfig defaults() {
        return new SocialAppConfig(
                DEFAULT_HOST,
                DEFAULT_PORT,
                DEFAULT_LOG_FILE,
                true,
                DatabaseSettings.inMemory(),
                100_000,
                Duration.ofSeconds(30),
                RateLimitSettings.defaults(),
                256,
                64 * 1024,
                null);
    }

    public SocialAppConfig withPort(int value) {
        return new SocialAppConfig(
                host,
                value,
                logFile,
                logToConsole,
                database,
                passwordIterations,
                ticketTtl,
                rateLimit,
                websocketQueueCapacity,
                maxRequestBytes,
                faultsFile);
    }

    public SocialAppConfig withLogFile(Path value) {
        return new SocialAppConfig(
                host,
                port,
                value,
                logToConsole,
                database,
                passwordIterations,
                ticketTtl,
                rateLimit,
                websocketQueueCapacity,
                maxRequestBytes,
                faultsFile);
    }

    public SocialAppConfig withLogToConsole(boolean value) {
        return new SocialAppConfig(
                host,
                port,
                logFile,
                value,
                database,
                passwordIterations,
                ticketTtl,
                rateLimit,
                websocketQueueCapacity,
                maxRequestBytes,
                faultsFile);
    }

    public SocialAppConfig withDatabase(DatabaseSettings value) {
        return new SocialAppConfig(
                host,
                port,
                logFile,
                logToConsole,
                value,
                passwordIterations,
                ticketTtl,
                rateLimit,
                websocketQueueCapacity,
                maxRequestBytes,
                faultsFile);
    }

    public SocialAppConfig withPasswordIterations(int value) {
        return new SocialAppConfig(
                host,
                port,
                logFile,
                logToConsole,
                database,
                value,
                ticketTtl,
                rateLimit,
                websocketQueueCapacity,
                maxRequestBytes,
                faultsFile);
    }

    public SocialAppConfig withTicketTtl(Duration value) {
        return new SocialAppConfig(
                host,
                port,
                logFile,
                logToConsole,
                database,
                passwordIterations,
                value,
                rateLimit,
                websocketQueueCapacity,
                maxRequestBytes,
                faultsFile);
    }

    public SocialAppConfig withRateLimit(RateLimitSettings value) {
        return new SocialAppConfig(
                host,
                port,
                logFile,
                logToConsole,
                database,
                passwordIterations,
                ticketTtl,
                value,
                websocketQueueCapacity,
                maxRequestBytes,
                faultsFile);
    }

    public SocialAppConfig withWebsocketQueueCapacity(int value) {
        return new SocialAppConfig(
                host,
                port,
                logFile,
                logToConsole,
                database,
                passwordIterations,
                ticketTtl,
                rateLimit,
                value,
                maxRequestBytes,
                faultsFile);
    }

    public SocialAppConfig withMaxRequestBytes(long value) {
        return new SocialAppConfig(
                host,
                port,
                logFile,
                logToConsole,
                database,
                passwordIterations,
                ticketTtl,
                rateLimit,
                websocketQueueCapacity,
                value,
                faultsFile);
    }

    public SocialAppConfig withFaultsFile(Path value) {
        return new SocialAppConfig(
                host,
                port,
                logFile,
                logToConsole,
                database,
                passwordIterations,
                ticketTtl,
                rateLimit,
                websocketQueueCapacity,
                maxRequestBytes,
                value);
    }
}
