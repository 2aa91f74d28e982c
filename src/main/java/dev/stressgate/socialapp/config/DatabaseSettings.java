package dev.stressgate.socialapp.config;

import java.time.Duration;
import java.util.Objects;

/**
 * JDBC settings for the app's H2 database.
 *
 * @param url JDBC url; null means a private in-memory database for this instance
 * @param poolSize maximum HikariCP pool size
 * @param connectionTimeout how long a caller waits for a pooled connection before the request fails
 */
public record DatabaseSettings(String url, String user, String password, int poolSize, Duration connectionTimeout) {

    public DatabaseSettings {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        if (poolSize < 1) {
            throw new IllegalArgumentException("database poolSize must be positive, was " + poolSize);
        }
        if (connectionTimeout.toMillis() < 250) {
            throw new IllegalArgumentException(
                    "database connectionTimeout must be at least 250 ms, was " + connectionTimeout.toMillis() + " ms");
        }
    }

    public static DatabaseSettings inMemory() {
        return new DatabaseSettings(null, "sa", "", 16, Duration.ofSeconds(10));
    }

    public DatabaseSettings withUrl(String value) {
        return new DatabaseSettings(value, user, password, poolSize, connectionTimeout);
    }

    public DatabaseSettings withPoolSize(int value) {
        return new DatabaseSettings(url, user, password, value, connectionTimeout);
    }

    public DatabaseSettings withConnectionTimeout(Duration value) {
        return new DatabaseSettings(url, user, password, poolSize, value);
    }
}
