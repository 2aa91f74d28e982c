package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.report.sources.RunWindow;
import dev.stressgate.report.sources.metrics.MetricsReport;
import dev.stressgate.report.sources.metrics.Point;
import dev.stressgate.report.sources.metrics.SeriesCoverage;
import dev.stressgate.report.sources.metrics.SeriesLine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerSeriesMappingTest {

    private static dev.stressgate.report.sources.metrics.MetricLines series(
            String id, String unit, Map<String, String> labels, double value) {
        return new dev.stressgate.report.sources.metrics.MetricLines(
                id, id, unit, List.of(new SeriesLine(labels, List.of(new Point(1000, value)))));
    }

    @Test
    void catalogSeriesAreRenamedAndConvertedToTheRulesUnits() {
        MetricsReport report = new MetricsReport(
                1,
                "scrape",
                new RunWindow(0, 2000),
                5000,
                List.of(),
                List.of(
                        series("cpu_usage", "cores", Map.of(), 3.0),
                        series("db_query_p95", "s", Map.of(), 0.25),
                        series("gc_time_ratio", "s/s", Map.of(), 0.12),
                        series("backpressure_drops_rate", "drops/s", Map.of("channel", "chat"), 4),
                        series("request_rate", "req/s", Map.of(), 95)),
                new SeriesCoverage(List.of(), List.of()),
                List.of());

        List<MetricSeries> mapped = new ServerSeriesMapping(4).map(report);

        assertThat(mapped)
                .extracting(
                        MetricSeries::id,
                        MetricSeries::unit,
                        s -> s.points().get(0).value())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ServerSeriesIds.CPU, "percent", 75.0),
                        org.assertj.core.groups.Tuple.tuple(ServerSeriesIds.CPU_CORES, "cores", 3.0),
                        org.assertj.core.groups.Tuple.tuple(ServerSeriesIds.DB_LATENCY_P95, "ms", 250.0),
                        org.assertj.core.groups.Tuple.tuple(ServerSeriesIds.GC_TIME, "percent", 12.0),
                        org.assertj.core.groups.Tuple.tuple(ServerSeriesIds.WS_DROPS, "drops/s", 4.0),
                        org.assertj.core.groups.Tuple.tuple("request_rate", "req/s", 95.0));
        assertThat(mapped.get(4).ref()).isEqualTo("ws_backpressure_drops{channel=chat}");
    }
}
