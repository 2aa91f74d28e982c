package dev.stressgate.report.sources.metrics;

import dev.stressgate.report.sources.SourceHealth;
import java.util.List;

/** What one metrics source produced for the query catalog: its health, the series it found and those it did not. */
record SeriesCollection(SourceHealth health, List<MetricSeries> series, List<MissingSeries> missing) {

    SeriesCollection {
        series = List.copyOf(series);
        missing = List.copyOf(missing);
    }
}
