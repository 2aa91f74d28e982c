package dev.stressgate.report.analysis;

/**
 * Ids of the server series (from {@code monitoring/queries.json}) the resource rules read. A rule whose series is
 * absent stays silent.
 */
public final class ServerSeriesIds {

    /** Process CPU in % of the available cores. */
    public static final String CPU = "cpu";
    /** JVM heap used, bytes. */
    public static final String HEAP_USED = "heap_used";
    /** Fraction of wall time spent in GC, %. */
    public static final String GC_TIME = "gc_time";
    /** Database query latency p95, ms. */
    public static final String DB_LATENCY_P95 = "db_latency_p95";
    /** Connections waiting for the pool. */
    public static final String POOL_PENDING = "pool_pending";
    /** Pool acquire latency p95, ms. */
    public static final String POOL_ACQUIRE_P95 = "pool_acquire_p95";
    /** WebSocket backpressure drops per second. */
    public static final String WS_DROPS = "ws_backpressure_drops";
    /** Rejected WebSocket connections per second. */
    public static final String WS_REJECTED = "ws_rejected";
    /** Responses with status 429 per second (per route when labelled). */
    public static final String HTTP_429 = "http_429_rate";
    /** Responses with status 5xx per second (per route when labelled). */
    public static final String HTTP_5XX = "http_5xx_rate";

    private ServerSeriesIds() {
    }
}
