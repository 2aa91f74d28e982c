package dev.stressgate.report.sources.metrics;

import java.util.List;

/** The result of one catalog query over the run window, ready to chart. */
public record MetricLines(String id, String title, String unit, List<SeriesLine> lines) {

    public MetricLines {
        lines = List.copyOf(lines);
    }
}
