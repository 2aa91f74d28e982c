package dev.stressgate.socialapp.metrics;

import com.zaxxer.hikari.metrics.IMetricsTracker;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import com.zaxxer.hikari.metrics.PoolStats;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.function.ToIntFunction;

/**
 * HikariCP pool metrics on client_java 1.x: pool gauges read {@link PoolStats} at scrape time, acquire
 * times and timeouts are recorded as Hikari reports them. Labelled by pool name.
 */
public final class HikariPrometheusTrackerFactory implements MetricsTrackerFactory {

    private final PrometheusRegistry registry;

    public HikariPrometheusTrackerFactory(PrometheusRegistry registry) {
        this.registry = registry;
    }

    @Override
    public IMetricsTracker create(String poolName, PoolStats stats) {
        gauge("hikaricp_connections_active", "Connections in use", poolName, stats, PoolStats::getActiveConnections);
        gauge("hikaricp_connections_idle", "Idle connections", poolName, stats, PoolStats::getIdleConnections);
        gauge(
                "hikaricp_connections_pending",
                "Threads waiting for a connection",
                poolName,
                stats,
                PoolStats::getPendingThreads);
        gauge("hikaricp_connections_max", "Maximum pool size", poolName, stats, PoolStats::getMaxConnections);
        gauge("hikaricp_connections", "Total connections", poolName, stats, PoolStats::getTotalConnections);
        Histogram acquire = Histogram.builder()
                .name("hikaricp_connection_acquire_seconds")
                .help("Time to acquire a connection from the pool")
                .labelNames("pool")
                .classicOnly()
                .classicUpperBounds(0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30)
                .register(registry);
        Counter timeouts = Counter.builder()
                .name("hikaricp_connection_timeout_total")
                .help("Connection acquisitions that timed out")
                .labelNames("pool")
                .register(registry);
        timeouts.labelValues(poolName).inc(0);
        return new IMetricsTracker() {
            @Override
            public void recordConnectionAcquiredNanos(long elapsedAcquiredNanos) {
                acquire.labelValues(poolName).observe(elapsedAcquiredNanos / 1e9);
            }

            @Override
            public void recordConnectionTimeout() {
                timeouts.labelValues(poolName).inc();
            }
        };
    }

    private void gauge(String name, String help, String poolName, PoolStats stats, ToIntFunction<PoolStats> value) {
        GaugeWithCallback.builder()
                .name(name)
                .help(help)
                .labelNames("pool")
                .callback(callback -> callback.call(value.applyAsInt(stats), poolName))
                .register(registry);
    }
}
