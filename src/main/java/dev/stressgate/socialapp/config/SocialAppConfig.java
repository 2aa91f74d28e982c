package dev.stressgate.socialapp.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything a reference app instance needs to start. Build one with {@link #builder()} (or derive one with
 * {@link #toBuilder()}), or read it from the environment with {@link EnvironmentConfig}.
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
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration, to derive another. */
    public Builder toBuilder() {
        return new Builder()
                .host(host)
                .port(port)
                .logFile(logFile)
                .logToConsole(logToConsole)
                .database(database)
                .passwordIterations(passwordIterations)
                .ticketTtl(ticketTtl)
                .rateLimit(rateLimit)
                .websocketQueueCapacity(websocketQueueCapacity)
                .maxRequestBytes(maxRequestBytes)
                .faultsFile(faultsFile);
    }

    /** A configuration piece by piece; the record's constructor checks the result. */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Path logFile = DEFAULT_LOG_FILE;
        private boolean logToConsole = true;
        private DatabaseSettings database = DatabaseSettings.inMemory();
        private int passwordIterations = 100_000;
        private Duration ticketTtl = Duration.ofSeconds(30);
        private RateLimitSettings rateLimit = RateLimitSettings.defaults();
        private int websocketQueueCapacity = 256;
        private long maxRequestBytes = 64 * 1024;
        private Path faultsFile;

        private Builder() {}

        public Builder host(String value) {
            host = value;
            return this;
        }

        /** The listening port; 0 for a random free one. */
        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder logFile(Path value) {
            logFile = value;
            return this;
        }

        public Builder logToConsole(boolean value) {
            logToConsole = value;
            return this;
        }

        public Builder database(DatabaseSettings value) {
            database = value;
            return this;
        }

        public Builder passwordIterations(int value) {
            passwordIterations = value;
            return this;
        }

        public Builder ticketTtl(Duration value) {
            ticketTtl = value;
            return this;
        }

        public Builder rateLimit(RateLimitSettings value) {
            rateLimit = value;
            return this;
        }

        public Builder websocketQueueCapacity(int value) {
            websocketQueueCapacity = value;
            return this;
        }

        public Builder maxRequestBytes(long value) {
            maxRequestBytes = value;
            return this;
        }

        /** JSON file with the initial faults; null for none. */
        public Builder faultsFile(Path value) {
            faultsFile = value;
            return this;
        }

        public SocialAppConfig build() {
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
                    faultsFile);
        }
    }
}
