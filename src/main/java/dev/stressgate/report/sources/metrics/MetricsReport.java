package dev.stressgate.report.sources.metrics;

import dev.stressgate.report.sources.ArtifactJson;
import dev.stressgate.report.sources.RunWindow;
import dev.stressgate.report.sources.SourceHealth;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Content of metrics.json: server series over the run window, which source produced them
 * ({@code prometheus}, {@code scrape} or {@code none}), coverage of the query catalog, the health of every source
 * consulted, and the alerts that fired in the window (Prometheus only).
 */
public record MetricsReport(
        int schemaVersion,
        String source,
        RunWindow window,
        long stepMs,
        List<SourceHealth> sources,
        List<MetricLines> series,
        SeriesCoverage coverage,
        List<FiredAlert> alerts) {

    public static final String FILE_NAME = "metrics.json";
    public static final int SCHEMA_VERSION = 1;

    public MetricsReport {
        sources = List.copyOf(sources);
        series = List.copyOf(series);
        alerts = List.copyOf(alerts);
    }

    public void writeTo(Path runDir) throws IOException {
        ArtifactJson.write(runDir.resolve(FILE_NAME), this);
    }

    /** True when the series came from Prometheus: data a later report cannot recompute once the stack is gone. */
    public boolean fromPrometheus() {
        return PrometheusMetricsSource.NAME.equals(source);
    }

    /**
     * This report with Prometheus (series and alerts) read as optional, for when the user never set its address:
     * see {@link SourceHealth#notConfiguredIfUnavailable}.
     */
    public MetricsReport withPrometheusOptional(String why) {
        List<SourceHealth> relabelled = sources.stream()
                .map(h -> PrometheusMetricsSource.NAME.equals(h.name())
                                || PrometheusMetricsSource.ALERTS_NAME.equals(h.name())
                        ? h.notConfiguredIfUnavailable(why)
                        : h)
                .toList();
        return new MetricsReport(schemaVersion, source, window, stepMs, relabelled, series, coverage, alerts);
    }

    public static MetricsReport readFrom(Path runDir) throws IOException {
        return ArtifactJson.read(runDir.resolve(FILE_NAME), MetricsReport.class);
    }
}
