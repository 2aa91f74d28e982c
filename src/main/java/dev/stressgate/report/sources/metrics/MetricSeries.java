package dev.stressgate.report.sources.metrics;

import java.util.List;

/** The result of one catalog query over the run window, ready to chart. */
public record MetricSeries(String id, String title, String unit, List<SeriesLine> lines) {

    public MetricSeries {
        lines = List.copyOf(lines);
    }
}
