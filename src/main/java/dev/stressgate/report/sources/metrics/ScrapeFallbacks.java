package dev.stressgate.report.sources.metrics;

import static dev.stressgate.report.sources.metrics.LabelMatcher.equalTo;
import static dev.stressgate.report.sources.metrics.LabelMatcher.matching;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Java computation that stands in for each query id of monitoring/queries.json when no Prometheus server
 * answers. Mapping (query id: computation from scrape.jsonl):
 * <ul>
 * <li>request_rate: rate of http_requests_total, all series summed</li>
 * <li>error_ratio_5xx: rate of http_requests_total{status=~"5.."} / rate of http_requests_total</li>
 * <li>rate_limited_rate: rate of http_requests_total{status="429"}</li>
 * <li>latency_p95 / latency_p95_by_route: 0.95 quantile of http_request_duration_seconds buckets (all / by route),
 * or of http_request_duration_ms buckets divided by 1000 when the target measures in milliseconds</li>
 * <li>request_rate_by_route: rate of http_requests_total by route</li>
 * <li>server_errors_by_route: rate of http_requests_total{status=~"5.."} by route, or 0 per route when no 5xx
 * series exists yet</li>
 * <li>active_websockets: sanctum_active_websockets by channel</li>
 * <li>websocket_rejections_rate: rate of sanctum_websocket_connections_total{outcome="rejected"} by channel</li>
 * <li>backpressure_drops_rate: rate of sanctum_websocket_backpressure_drops_total by channel (one line without a
 * channel when the target does not label it)</li>
 * <li>message_throughput: rate of sanctum_message_throughput_total by channel</li>
 * <li>db_query_p95: 0.95 quantile of sanctum_database_query_latency_seconds buckets by every label but {@code le}
 * (the operation, whatever the target calls its label)</li>
 * <li>db_pool_active / db_pool_pending: hikaricp_connections_active / _pending</li>
 * <li>db_pool_acquire_p95: 0.95 quantile of hikaricp_connection_acquire_seconds buckets</li>
 * <li>target_up: 1 per answered scrape, 0 per failed one; scrape_duration: how long each answered scrape took</li>
 * <li>cpu_usage: rate of process_cpu_seconds_total</li>
 * <li>memory_resident: process_resident_memory_bytes</li>
 * <li>heap_used: the first the target exports of jvm_memory_used_bytes{area="heap"} (client_java 1.x),
 * jvm_memory_bytes_used{area="heap"} (simpleclient), nodejs_heap_size_used_bytes (prom-client),
 * go_memstats_heap_alloc_bytes (Go)</li>
 * <li>gc_time_ratio: rate of the first exported of jvm_gc_collection_seconds_sum, nodejs_gc_duration_seconds_sum,
 * go_gc_duration_seconds_sum</li>
 * <li>open_fds_ratio: highest process_open_fds / process_max_fds</li>
 * <li>event_loop_lag: nodejs_eventloop_lag_seconds (one scraped process: its value)</li>
 * <li>goroutines: go_goroutines</li>
 * </ul>
 * A query id not listed here has no fallback and is reported missing with that reason.
 */
final class ScrapeFallbacks {

    private static final String REQUESTS = "http_requests_total";
    private static final String DURATION = "http_request_duration_seconds";
    private static final String DURATION_MS = "http_request_duration_ms";
    private static final LabelMatcher STATUS_5XX = matching("status", "5..");
    private static final LabelMatcher HEAP = equalTo("area", "heap");

    private static final Map<String, ScrapeComputation> BY_QUERY_ID = Map.ofEntries(
            Map.entry("request_rate", rate(REQUESTS, List.of())),
            Map.entry("target_up", new TargetUp()),
            Map.entry("scrape_duration", new ScrapeDuration()),
            Map.entry(
                    "error_ratio_5xx",
                    new CounterRatio(
                            new CounterRate(REQUESTS, List.of(STATUS_5XX), LabelGrouping.none()),
                            rate(REQUESTS, List.of()))),
            Map.entry(
                    "rate_limited_rate",
                    new CounterRate(REQUESTS, List.of(equalTo("status", "429")), LabelGrouping.none())),
            Map.entry("latency_p95", durationP95(LabelGrouping.none())),
            Map.entry("request_rate_by_route", rate(REQUESTS, List.of("route"))),
            Map.entry(
                    "server_errors_by_route",
                    new OrZero(
                            new CounterRate(REQUESTS, List.of(STATUS_5XX), LabelGrouping.by(List.of("route"))),
                            new CounterRate(REQUESTS, List.of(), LabelGrouping.by(List.of("route"))))),
            Map.entry("latency_p95_by_route", durationP95(LabelGrouping.by(List.of("route")))),
            Map.entry("active_websockets", gauge("sanctum_active_websockets", List.of("channel"))),
            Map.entry(
                    "websocket_rejections_rate",
                    new CounterRate(
                            "sanctum_websocket_connections_total",
                            List.of(equalTo("outcome", "rejected")),
                            LabelGrouping.by(List.of("channel")))),
            Map.entry(
                    "backpressure_drops_rate", rate("sanctum_websocket_backpressure_drops_total", List.of("channel"))),
            Map.entry("message_throughput", rate("sanctum_message_throughput_total", List.of("channel"))),
            Map.entry(
                    "db_query_p95",
                    new HistogramQuantile(
                            0.95,
                            "sanctum_database_query_latency_seconds",
                            List.of(),
                            LabelGrouping.without(LabelGrouping.NOT_IDENTIFYING))),
            Map.entry("db_pool_active", gauge("hikaricp_connections_active", List.of())),
            Map.entry("db_pool_pending", gauge("hikaricp_connections_pending", List.of())),
            Map.entry(
                    "db_pool_acquire_p95",
                    new HistogramQuantile(
                            0.95, "hikaricp_connection_acquire_seconds", List.of(), LabelGrouping.none())),
            Map.entry("cpu_usage", rate("process_cpu_seconds_total", List.of())),
            Map.entry("memory_resident", gauge("process_resident_memory_bytes", List.of())),
            Map.entry(
                    "heap_used",
                    FirstAvailable.of(
                            new GaugeSum("jvm_memory_used_bytes", List.of(HEAP), LabelGrouping.none()),
                            new GaugeSum("jvm_memory_bytes_used", List.of(HEAP), LabelGrouping.none()),
                            gauge("nodejs_heap_size_used_bytes", List.of()),
                            gauge("go_memstats_heap_alloc_bytes", List.of()))),
            Map.entry(
                    "gc_time_ratio",
                    FirstAvailable.of(
                            rate("jvm_gc_collection_seconds_sum", List.of()),
                            rate("nodejs_gc_duration_seconds_sum", List.of()),
                            rate("go_gc_duration_seconds_sum", List.of()))),
            Map.entry("open_fds_ratio", new GaugeRatio("process_open_fds", "process_max_fds")),
            Map.entry("event_loop_lag", gauge("nodejs_eventloop_lag_seconds", List.of())),
            Map.entry("goroutines", gauge("go_goroutines", List.of())));

    private ScrapeFallbacks() {}

    static Optional<ScrapeComputation> forQuery(String queryId) {
        return Optional.ofNullable(BY_QUERY_ID.get(queryId));
    }

    private static ScrapeComputation durationP95(LabelGrouping by) {
        return FirstAvailable.of(
                new HistogramQuantile(0.95, DURATION, List.of(), by),
                new Scaled(new HistogramQuantile(0.95, DURATION_MS, List.of(), by), 0.001));
    }

    private static CounterRate rate(String counter, List<String> by) {
        return new CounterRate(counter, List.of(), LabelGrouping.by(by));
    }

    private static GaugeSum gauge(String gauge, List<String> by) {
        return new GaugeSum(gauge, List.of(), LabelGrouping.by(by));
    }
}
