package dev.stressgate.report.sources.metrics;

import dev.stressgate.report.sources.SourceHealth;
import java.util.List;

/** What one metrics source produced for the query catalog: its health, the series it found and those it did not. */
record SeriesCollection(SourceHealth health, List<MetricLines> series, List<MissingSeries> missing) {

    SeriesCollection {
        series = List.copyOf(series);
        missing = List.copyOf(missing);
    }

    /** Nothing from {@code source}: every query of the catalog missing, for the one {@code reason}. */
    static SeriesCollection unavailable(String source, String reason, MetricQueryCatalog catalog) {
        return new SeriesCollection(
                SourceHealth.unavailable(source, reason),
                List.of(),
                catalog.queries().stream()
                        .map(q -> new MissingSeries(q.id(), reason))
                        .toList());
    }
}
