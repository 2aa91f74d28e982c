package dev.stressgate.report.analysis;

import dev.stressgate.report.sources.metrics.MetricsReport;
import dev.stressgate.report.sources.metrics.Point;
import dev.stressgate.report.sources.metrics.SeriesLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the series of metrics.json (ids and units of {@code monitoring/queries.json}) into the analysis view: one
 * {@link MetricSeries} per line, the series the rules read renamed to {@link ServerSeriesIds} and converted to the
 * rules' units (seconds to ms, ratios to %, CPU cores to % of the server's cores, and kept in cores as well);
 * every other series passes through unchanged (the burst rule correlates all of them).
 */
public final class ServerSeriesMapping {

    private record Conversion(String id, String unit, double factor) {}

    private final Map<String, List<Conversion>> conversions;

    /** @param serverCores cores of the server, to express {@code cpu_usage} (cores) in % */
    public ServerSeriesMapping(int serverCores) {
        if (serverCores < 1) {
            throw new IllegalArgumentException("server cores must be at least 1, got " + serverCores);
        }
        conversions = Map.ofEntries(
                Map.entry(
                        "cpu_usage",
                        List.of(
                                new Conversion(ServerSeriesIds.CPU, "percent", 100.0 / serverCores),
                                new Conversion(ServerSeriesIds.CPU_CORES, "cores", 1))),
                one("memory_resident", ServerSeriesIds.RESIDENT_MEMORY, "bytes", 1),
                one("heap_used", ServerSeriesIds.HEAP_USED, "bytes", 1),
                one("gc_time_ratio", ServerSeriesIds.GC_TIME, "percent", 100),
                one("open_fds_ratio", ServerSeriesIds.OPEN_FDS, "percent", 100),
                one("db_query_p95", ServerSeriesIds.DB_LATENCY_P95, "ms", 1000),
                one("db_pool_pending", ServerSeriesIds.POOL_PENDING, "threads", 1),
                one("db_pool_acquire_p95", ServerSeriesIds.POOL_ACQUIRE_P95, "ms", 1000),
                one("backpressure_drops_rate", ServerSeriesIds.WS_DROPS, "drops/s", 1),
                one("websocket_rejections_rate", ServerSeriesIds.WS_REJECTED, "conn/s", 1),
                one("rate_limited_rate", ServerSeriesIds.HTTP_429, "req/s", 1),
                one("error_ratio_5xx", ServerSeriesIds.HTTP_5XX, "percent", 100),
                one("server_errors_by_route", ServerSeriesIds.HTTP_5XX_BY_ROUTE, "req/s", 1),
                one("request_rate_by_route", ServerSeriesIds.REQUESTS_BY_ROUTE, "req/s", 1),
                one("latency_p95", ServerSeriesIds.SERVER_LATENCY_P95, "ms", 1000),
                one("scrape_duration", ServerSeriesIds.SCRAPE_DURATION, "ms", 1000));
    }

    private static Map.Entry<String, List<Conversion>> one(String queryId, String id, String unit, double factor) {
        return Map.entry(queryId, List.of(new Conversion(id, unit, factor)));
    }

    public List<MetricSeries> map(MetricsReport report) {
        List<MetricSeries> out = new ArrayList<>();
        for (dev.stressgate.report.sources.metrics.MetricLines series : report.series()) {
            List<Conversion> targets =
                    conversions.getOrDefault(series.id(), List.of(new Conversion(series.id(), series.unit(), 1)));
            for (Conversion c : targets) {
                for (SeriesLine line : series.lines()) {
                    List<MetricPoint> points = new ArrayList<>();
                    for (Point p : line.points()) {
                        points.add(new MetricPoint(p.epochMs(), p.value() * c.factor()));
                    }
                    out.add(new MetricSeries(c.id(), series.title(), c.unit(), line.labels(), points));
                }
            }
        }
        return out;
    }
}
