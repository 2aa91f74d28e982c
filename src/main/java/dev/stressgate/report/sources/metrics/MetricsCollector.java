package dev.stressgate.report.sources.metrics;

import dev.stressgate.report.sources.RunWindow;
import dev.stressgate.report.sources.SourceHealth;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Facade for the report's server metrics: asks Prometheus first and, when it has nothing for the run (unreachable,
 * failing, or not scraping the target), computes the series from the run's scrape.jsonl. Never throws for a
 * missing or broken source; the report says which source answered and why the others did not.
 */
public final class MetricsCollector {

    private final MetricsSettings settings;
    private final MetricQueryCatalog catalog;

    public MetricsCollector(MetricsSettings settings, MetricQueryCatalog catalog) {
        this.settings = settings;
        this.catalog = catalog;
    }

    public MetricsReport collect(RunWindow window, Path runDir) {
        QueryStep step = QueryStep.fit(window, settings.scrapeInterval());
        PrometheusMetricsSource prometheus = new PrometheusMetricsSource(settings);
        SeriesCollection fromPrometheus = prometheus.collect(catalog, window, step);
        List<SourceHealth> sources = new ArrayList<>();
        sources.add(fromPrometheus.health());
        if (!fromPrometheus.series().isEmpty()) {
            PrometheusMetricsSource.AlertsOutcome alerts = prometheus.firedAlerts(window, step);
            sources.add(alerts.health());
            return report(PrometheusMetricsSource.NAME, window, step, sources, fromPrometheus, alerts.alerts());
        }
        SeriesCollection fromScrapes = new ScrapeMetricsSource().collect(catalog, window, runDir);
        sources.add(fromScrapes.health());
        sources.add(SourceHealth.unavailable(
                PrometheusMetricsSource.ALERTS_NAME,
                "fired alerts come from Prometheus only, which had no data for this run"));
        String source = fromScrapes.series().isEmpty() ? "none" : ScrapeMetricsSource.NAME;
        return report(source, window, step, sources, fromScrapes, List.of());
    }

    private static MetricsReport report(
            String source,
            RunWindow window,
            QueryStep step,
            List<SourceHealth> sources,
            SeriesCollection collection,
            List<FiredAlert> alerts) {
        List<String> present = collection.series().stream().map(MetricLines::id).toList();
        return new MetricsReport(
                MetricsReport.SCHEMA_VERSION,
                source,
                window,
                step.step().toMillis(),
                sources,
                collection.series(),
                new SeriesCoverage(present, collection.missing()),
                alerts);
    }
}
