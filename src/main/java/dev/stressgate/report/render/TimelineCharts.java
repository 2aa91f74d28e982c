package dev.stressgate.report.render;

import dev.stressgate.report.gatling.RunSummary;
import dev.stressgate.report.gatling.SecondBucket;
import dev.stressgate.report.render.view.ChartPoint;
import dev.stressgate.report.render.view.ChartSeries;
import dev.stressgate.report.render.view.ChartView;
import dev.stressgate.report.sources.metrics.MetricLines;
import dev.stressgate.report.sources.metrics.MetricsReport;
import dev.stressgate.report.sources.metrics.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The report's charts, all on one x axis: seconds since the run started (0 to the run's duration). Client series
 * come from summary.json's per-second buckets, server series from metrics.json by their queries.json id; the
 * lines of a long run are cut down by {@link MinMaxDecimation}.
 */
final class TimelineCharts {
    private static final double BYTES_PER_MIB = 1024.0 * 1024.0;
    private static final DoubleUnaryOperator SECONDS_TO_MS = s -> s * 1000;
    private static final DoubleUnaryOperator IDENTITY = v -> v;

    List<ChartView> charts(long startMs, double durationSeconds, RunSummary summary, MetricsReport metrics) {
        Axis axis = new Axis(startMs, durationSeconds);
        Server server = new Server(metrics, axis);
        List<ChartSeries> latency = new ArrayList<>();
        latency.add(
                client(axis, summary, "client p95 (Gatling)", "y", b -> b.p95Ms() == null ? Double.NaN : b.p95Ms()));
        server.series("latency_p95", "server p95 (HTTP)", "y", SECONDS_TO_MS).ifPresent(latency::add);
        latency.add(client(axis, summary, "active users", "y2", SecondBucket::activeUsers));

        List<ChartSeries> throughput = new ArrayList<>();
        throughput.add(client(axis, summary, "responses/s (Gatling)", "y", SecondBucket::responses));
        throughput.add(client(axis, summary, "KO/s (Gatling)", "y", SecondBucket::errors));
        server.series("request_rate", "server requests/s", "y", IDENTITY).ifPresent(throughput::add);
        server.series("rate_limited_rate", "server 429/s", "y", IDENTITY).ifPresent(throughput::add);

        List<ChartView> charts = new ArrayList<>(List.of(
                new ChartView("latency", "Response time p95 and active users", "ms", "users", latency, null),
                new ChartView("throughput", "Requests and errors per second", "per second", null, throughput, null)));
        if ("none".equals(metrics.source())) {
            charts.add(new ChartView(
                    "server", "Server CPU, memory and database latency", "", null, List.of(), server.noMetricsNote()));
            return charts;
        }
        charts.add(server.chart(
                "cpu",
                "Server CPU",
                "cores",
                List.of("cpu_usage"),
                server.series("cpu_usage", "process CPU", "y", IDENTITY)));
        charts.add(server.chart(
                "memory",
                "Server memory",
                "MiB",
                List.of("memory_resident", "heap_used"),
                server.series("memory_resident", "resident memory", "y", v -> v / BYTES_PER_MIB),
                server.series("heap_used", "heap used", "y", v -> v / BYTES_PER_MIB)));
        charts.add(server.chart(
                "database",
                "Database latency",
                "ms",
                List.of("db_query_p95", "db_pool_acquire_p95"),
                server.series("db_query_p95", "query p95", "y", SECONDS_TO_MS),
                server.series("db_pool_acquire_p95", "connection acquire p95", "y", SECONDS_TO_MS)));
        server.series("event_loop_lag", "event-loop lag", "y", SECONDS_TO_MS)
                .ifPresent(lag -> charts.add(
                        new ChartView("event_loop", "Event-loop lag (Node.js)", "ms", null, List.of(lag), null)));
        return charts;
    }

    private static ChartSeries client(
            Axis axis, RunSummary summary, String label, String yAxis, ToDoubleFunction<SecondBucket> value) {
        List<ChartPoint> points = new ArrayList<>();
        for (SecondBucket bucket : summary.seconds()) {
            axis.point(bucket.epochMs(), value.applyAsDouble(bucket)).ifPresent(points::add);
        }
        return new ChartSeries(label, yAxis, MinMaxDecimation.of(points, axis.durationSeconds()));
    }

    /** Maps epoch milliseconds onto the shared axis; values are rounded to 3 decimals to keep the page small. */
    private record Axis(long startMs, double durationSeconds) {
        Optional<ChartPoint> point(long epochMs, double value) {
            double x = (epochMs - startMs) / 1000.0;
            if (!Double.isFinite(value) || x < 0 || x > durationSeconds) {
                return Optional.empty();
            }
            return Optional.of(new ChartPoint(x, Math.round(value * 1000) / 1000.0));
        }
    }

    /** Server series of metrics.json, and why a chart of them is empty. */
    private record Server(MetricsReport metrics, Axis axis) {
        Optional<ChartSeries> series(String id, String label, String yAxis, DoubleUnaryOperator convert) {
            return metrics.series().stream()
                    .filter(s -> s.id().equals(id))
                    .findFirst()
                    .filter(s -> s.lines().size() == 1)
                    .map(s -> toChart(s, label, yAxis, convert))
                    .filter(s -> !s.points().isEmpty());
        }

        private ChartSeries toChart(MetricLines series, String label, String yAxis, DoubleUnaryOperator convert) {
            List<ChartPoint> points = new ArrayList<>();
            for (Point p : series.lines().get(0).points()) {
                axis.point(p.epochMs(), convert.applyAsDouble(p.value())).ifPresent(points::add);
            }
            return new ChartSeries(label, yAxis, MinMaxDecimation.of(points, axis.durationSeconds()));
        }

        @SafeVarargs
        final ChartView chart(
                String id, String title, String unit, List<String> queryIds, Optional<ChartSeries>... candidates) {
            List<ChartSeries> series = new ArrayList<>();
            for (Optional<ChartSeries> candidate : candidates) {
                candidate.ifPresent(series::add);
            }
            return new ChartView(id, title, unit, null, series, series.isEmpty() ? emptyNote(queryIds) : null);
        }

        String noMetricsNote() {
            return "No server metrics for this run: "
                    + metrics.sources().stream()
                            .map(h -> h.name() + " " + h.status().jsonName()
                                    + (h.reason() == null ? "" : " (" + h.reason() + ")"))
                            .collect(Collectors.joining("; "));
        }

        private String emptyNote(List<String> queryIds) {
            String missing = metrics.coverage().missing().stream()
                    .filter(m -> queryIds.contains(m.id()))
                    .map(m -> m.id() + ": " + m.reason())
                    .collect(Collectors.joining("; "));
            return "Not in the " + metrics.source() + " data" + (missing.isEmpty() ? "." : ": " + missing);
        }
    }
}
