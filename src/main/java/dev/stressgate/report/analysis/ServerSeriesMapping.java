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
 * rules' units (seconds to ms, ratios to %, CPU cores to % of the server's cores); every other series passes
 * through unchanged (the burst rule correlates all of them).
 */
public final class ServerSeriesMapping {

    private record Conversion(String id, String unit, double factor) {
    }

    private final Map<String, Conversion> conversions;

    /** @param serverCores cores of the server, to express {@code cpu_usage} (cores) in % */
    public ServerSeriesMapping(int serverCores) {
        if (serverCores < 1) {
            throw new IllegalArgumentException("server cores must be at least 1, got " + serverCores);
        }
        conversions = Map.of(
                "cpu_usage", new Conversion(ServerSeriesIds.CPU, "percent", 100.0 / serverCores),
                "jvm_heap_used", new Conversion(ServerSeriesIds.HEAP_USED, "bytes", 1),
                "gc_time_ratio", new Conversion(ServerSeriesIds.GC_TIME, "percent", 100),
                "db_query_p95", new Conversion(ServerSeriesIds.DB_LATENCY_P95, "ms", 1000),
                "db_pool_pending", new Conversion(ServerSeriesIds.POOL_PENDING, "threads", 1),
                "db_pool_acquire_p95", new Conversion(ServerSeriesIds.POOL_ACQUIRE_P95, "ms", 1000),
                "backpressure_drops_rate", new Conversion(ServerSeriesIds.WS_DROPS, "drops/s", 1),
                "websocket_rejections_rate", new Conversion(ServerSeriesIds.WS_REJECTED, "conn/s", 1),
                "rate_limited_rate", new Conversion(ServerSeriesIds.HTTP_429, "req/s", 1),
                "error_ratio_5xx", new Conversion(ServerSeriesIds.HTTP_5XX, "percent", 100));
    }

    public List<MetricSeries> map(MetricsReport report) {
        List<MetricSeries> out = new ArrayList<>();
        for (dev.stressgate.report.sources.metrics.MetricSeries series : report.series()) {
            Conversion c = conversions.getOrDefault(series.id(), new Conversion(series.id(), series.unit(), 1));
            for (SeriesLine line : series.lines()) {
                List<MetricPoint> points = new ArrayList<>();
                for (Point p : line.points()) {
                    points.add(new MetricPoint(p.epochMs(), p.value() * c.factor()));
                }
                out.add(new MetricSeries(c.id(), series.title(), c.unit(), line.labels(), points));
            }
        }
        return out;
    }
}
