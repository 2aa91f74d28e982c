package dev.stressgate.report.analysis;

/**
 * Ids of the server series (from {@code monitoring/queries.json}) the resource rules read. A rule whose series is
 * absent stays silent.
 */
public final class ServerSeriesIds {

    /** Process CPU in % of the available cores. */
    public static final String CPU = "cpu";
    /** Process CPU in cores (CPU seconds per second), to tell a runtime pinned at a whole number of cores. */
    public static final String CPU_CORES = "cpu_cores";
    /** Resident memory of the process, bytes: what every Prometheus client exports. */
    public static final String RESIDENT_MEMORY = "resident_memory";
    /** Heap used by the runtime (JVM, Node.js, Go), bytes; absent for runtimes without one (Python). */
    public static final String HEAP_USED = "heap_used";
    /** Open file descriptors in % of the process limit. */
    public static final String OPEN_FDS = "open_fds";
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
    /** Share of responses with status 5xx, %; any value above 0 counts. */
    public static final String HTTP_5XX = "http_5xx_rate";
    /** Responses with status 5xx per second, one line per route. */
    public static final String HTTP_5XX_BY_ROUTE = "http_5xx_by_route";
    /** Responses per second, one line per route. */
    public static final String REQUESTS_BY_ROUTE = "requests_by_route";
    /** Server-side HTTP p95 over every route, ms. */
    public static final String SERVER_LATENCY_P95 = "server_latency_p95";

    /** 1 where the target answered its metrics endpoint, 0 where that scrape failed (Prometheus's {@code up}). */
    public static final String TARGET_UP = "target_up";
    /** How long the target took to answer its metrics endpoint, ms (Prometheus's {@code scrape_duration_seconds}). */
    public static final String SCRAPE_DURATION = "scrape_duration";

    private ServerSeriesIds() {}
}
