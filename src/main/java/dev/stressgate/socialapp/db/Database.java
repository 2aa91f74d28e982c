package dev.stressgate.socialapp.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.stressgate.socialapp.config.DatabaseSettings;
import dev.stressgate.socialapp.faults.ActiveFaults;
import dev.stressgate.socialapp.metrics.AppMetrics;
import dev.stressgate.socialapp.metrics.HikariPrometheusTrackerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.UUID;

/**
 * The app's H2 database behind a HikariCP pool. Every operation is named, timed into
 * {@code sanctum_database_query_latency_seconds{operation}} and subject to the database faults.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource pool;
    private final boolean inMemory;
    private final AppMetrics metrics;
    private final ActiveFaults faults;

    public Database(DatabaseSettings settings, String poolName, AppMetrics metrics, ActiveFaults faults) {
        this.metrics = metrics;
        this.faults = faults;
        this.inMemory = settings.url() == null;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(
                inMemory
                        ? "jdbc:h2:mem:socialapp-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000"
                        : settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setValidationTimeout(Math.max(250, settings.connectionTimeout().toMillis() / 2));
        config.setPoolName(poolName);
        config.setMetricsTrackerFactory(new HikariPrometheusTrackerFactory(metrics.registry()));
        this.pool = new HikariDataSource(config);
    }

    /** Runs one named operation on a pooled connection in auto-commit mode. */
    public <T> T run(String operation, Work<T> work) {
        return execute(operation, false, work);
    }

    /** Runs one named operation in a single transaction, rolled back on any failure. */
    public <T> T transaction(String operation, Work<T> work) {
        return execute(operation, true, work);
    }

    /** True when the database answers a trivial query now. */
    public boolean answers() {
        try {
            run("health_check", session -> session.count("SELECT 1"));
            return true;
        } catch (DatabaseException e) {
            return false;
        }
    }

    private <T> T execute(String operation, boolean transactional, Work<T> work) {
        if (faults.databaseUnavailable()) {
            throw new DatabaseException(operation, "database unavailable (injected fault)", null);
        }
        try (Connection connection = pool.getConnection()) {
            long start = System.nanoTime();
            try {
                return transactional ? inTransaction(connection, work) : work.run(new SqlSession(connection));
            } finally {
                delay(faults.databaseDelayFor(operation));
                metrics.databaseOperation(operation, (System.nanoTime() - start) / 1e9);
            }
        } catch (SQLIntegrityConstraintViolationException e) {
            throw new ConstraintViolationException(operation, e);
        } catch (SQLException e) {
            throw new DatabaseException(operation, e.getMessage(), e);
        }
    }

    private static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run(new SqlSession(connection));
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void delay(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (inMemory && !pool.isClosed()) {
            try (Connection connection = pool.getConnection()) {
                new SqlSession(connection).execute("SHUTDOWN");
            } catch (SQLException e) {
                // the in-memory database is gone either way once the pool closes
            }
        }
        pool.close();
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(SqlSession session) throws SQLException;
    }
}
