package dev.stressgate.socialapp.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The app's Prometheus metrics, in a registry of its own so several instances can share a JVM.
 * Names are the ones the report expects (see the project briefing).
 */
public final class AppMetrics {

    private static final double[] LATENCY_BUCKETS = {
        0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10
    };

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter httpRequests;
    private final Histogram httpDuration;
    private final Gauge activeWebsockets;
    private final Counter websocketConnections;
    private final Counter backpressureDrops;
    private final Gauge outboundQueueDepth;
    private final Counter websocketCloses;
    private final Histogram databaseLatency;
    private final Counter messageThroughput;

    public AppMetrics() {
        httpRequests = Counter.builder()
                .name("http_requests_total")
                .help("HTTP requests by method, route template and status")
                .labelNames("method", "route", "status")
                .register(registry);
        httpDuration = Histogram.builder()
                .name("http_request_duration_seconds")
                .help("HTTP request duration by method and route template")
                .labelNames("method", "route")
                .classicOnly()
                .classicUpperBounds(LATENCY_BUCKETS)
                .register(registry);
        activeWebsockets = Gauge.builder()
                .name("sanctum_active_websockets")
                .help("Open WebSocket sessions by channel")
                .labelNames("channel")
                .register(registry);
        websocketConnections = Counter.builder()
                .name("sanctum_websocket_connections_total")
                .help("WebSocket connection attempts by channel and outcome (accepted|rejected)")
                .labelNames("channel", "outcome")
                .register(registry);
        backpressureDrops = Counter.builder()
                .name("sanctum_websocket_backpressure_drops_total")
                .help("Outbound WebSocket frames dropped because the consumer was too slow")
                .labelNames("channel")
                .register(registry);
        outboundQueueDepth = Gauge.builder()
                .name("sanctum_websocket_outbound_queue_depth")
                .help("Outbound WebSocket frames waiting to be written, summed over the channel's sockets")
                .labelNames("channel")
                .register(registry);
        websocketCloses = Counter.builder()
                .name("sanctum_websocket_closes_total")
                .help("WebSocket sessions ended, by channel and close code (1006: ended by an error)")
                .labelNames("channel", "code")
                .register(registry);
        databaseLatency = Histogram.builder()
                .name("sanctum_database_query_latency_seconds")
                .help("Database operation latency by operation")
                .labelNames("operation")
                .classicOnly()
                .classicUpperBounds(LATENCY_BUCKETS)
                .register(registry);
        messageThroughput = Counter.builder()
                .name("sanctum_message_throughput_total")
                .help("Messages accepted by channel (dm|chat|game)")
                .labelNames("channel")
                .register(registry);
        for (String channel : new String[] {"chat", "game"}) {
            activeWebsockets.labelValues(channel).set(0);
            backpressureDrops.labelValues(channel).inc(0);
            outboundQueueDepth.labelValues(channel).set(0);
            websocketConnections.labelValues(channel, "accepted").inc(0);
            websocketConnections.labelValues(channel, "rejected").inc(0);
        }
        for (String channel : new String[] {"dm", "chat", "game"}) {
            messageThroughput.labelValues(channel).inc(0);
        }
        JvmMetrics.builder().register(registry);
    }

    public PrometheusRegistry registry() {
        return registry;
    }

    public void recordHttpRequest(String method, String route, int status, double seconds) {
        httpRequests.labelValues(method, route, Integer.toString(status)).inc();
        httpDuration.labelValues(method, route).observe(seconds);
    }

    public void websocketOpened(String channel) {
        websocketConnections.labelValues(channel, "accepted").inc();
        activeWebsockets.labelValues(channel).inc();
    }

    public void websocketClosed(String channel, int code) {
        activeWebsockets.labelValues(channel).dec();
        websocketCloses.labelValues(channel, Integer.toString(code)).inc();
    }

    /** {@code frames} more (or, negative, fewer) outbound frames are waiting on the channel's sockets. */
    public void outboundQueued(String channel, int frames) {
        outboundQueueDepth.labelValues(channel).inc(frames);
    }

    public void websocketRejected(String channel) {
        websocketConnections.labelValues(channel, "rejected").inc();
    }

    public void frameDropped(String channel) {
        backpressureDrops.labelValues(channel).inc();
    }

    public void databaseOperation(String operation, double seconds) {
        databaseLatency.labelValues(operation).observe(seconds);
    }

    public void messageAccepted(String channel) {
        messageThroughput.labelValues(channel).inc();
    }
}
