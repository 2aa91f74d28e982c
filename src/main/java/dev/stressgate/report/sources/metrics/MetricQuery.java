package dev.stressgate.report.sources.metrics;

/**
 * One entry of monitoring/queries.json. The query may contain {@code $selector} (replaced by the target's
 * label matchers, e.g. {@code job="socialapp"}) and {@code $rate_window} (replaced by a range fitted to the
 * query step and scrape interval, e.g. {@code 20s}). A {@code runtimeSpecific} query reads series only some runtimes
 * export (a JVM's connection pool, Node's event loop, Go's goroutines): a target without them is not degraded.
 */
public record MetricQuery(String id, String title, String unit, String query, boolean runtimeSpecific) {

    /** A query every target that speaks the contract (or any Prometheus client library) answers. */
    public MetricQuery(String id, String title, String unit, String query) {
        this(id, title, unit, query, false);
    }

    static final String SELECTOR = "$selector";
    static final String RATE_WINDOW = "$rate_window";

    public String promql(String selector, String rateWindow) {
        return query.replace(SELECTOR, selector).replace(RATE_WINDOW, rateWindow);
    }
}
