package dev.stressgate.report.render.view;

import java.util.List;

/**
 * One chart on the report's shared time axis. A chart without any point is shown as {@code emptyNote} instead of
 * a canvas (e.g. "server metrics unavailable: Prometheus unreachable").
 */
public record ChartView(
        String id,
        String title,
        String leftAxisLabel,
        String rightAxisLabel,
        List<ChartSeries> series,
        String emptyNote) {
    public ChartView {
        series = List.copyOf(series);
    }

    public boolean hasData() {
        return series.stream().anyMatch(s -> !s.points().isEmpty());
    }
}
