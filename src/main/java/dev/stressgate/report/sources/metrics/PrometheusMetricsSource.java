package dev.stressgate.report.sources.metrics;

import dev.stressgate.report.sources.RunWindow;
import dev.stressgate.report.sources.SourceFailure;
import dev.stressgate.report.sources.SourceHealth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs the catalog and the firing-alerts query against a Prometheus server over the run window. */
final class PrometheusMetricsSource {

    static final String NAME = "prometheus";
    static final String ALERTS_NAME = "prometheus_alerts";
    static final String FIRING_ALERTS = "ALERTS{alertstate=\"firing\"}";

    private final PrometheusClient client;
    private final MetricsSettings settings;

    PrometheusMetricsSource(MetricsSettings settings) {
        this.settings = settings;
        this.client = new PrometheusClient(settings.prometheusUrl(), settings.timeout());
    }

    SeriesCollection collect(MetricQueryCatalog catalog, RunWindow window, QueryStep step) {
        Optional<String> notScraping = targetAbsence(window, step);
        if (notScraping.isPresent()) {
            return SeriesCollection.unavailable(NAME, notScraping.get(), catalog);
        }
        List<MetricLines> series = new ArrayList<>();
        List<MissingSeries> missing = new ArrayList<>();
        int failures = 0;
        int notExported = 0;
        String firstFailure = null;
        for (MetricQuery query : catalog.queries()) {
            String promql = query.promql(settings.targetSelector(), step.rateWindowPromql());
            try {
                List<SeriesLine> lines =
                        client.queryRange(promql, window.startEpochMs(), window.endEpochMs(), step.step());
                if (lines.stream().allMatch(line -> line.points().isEmpty())) {
                    missing.add(new MissingSeries(query.id(), "query returned no data for the window: " + promql));
                    notExported += query.runtimeSpecific() ? 1 : 0;
                } else {
                    series.add(new MetricLines(query.id(), query.title(), query.unit(), lines));
                }
            } catch (SourceFailure e) {
                failures++;
                firstFailure = firstFailure == null ? query.id() + ": " + e.getMessage() : firstFailure;
                missing.add(new MissingSeries(query.id(), e.getMessage()));
            }
        }
        return new SeriesCollection(
                health(series.size(), missing.size() - notExported, notExported, failures, firstFailure),
                series,
                missing);
    }

    /** Why Prometheus cannot speak for this run: unreachable, failing, or no {@code up} series of the target. */
    private Optional<String> targetAbsence(RunWindow window, QueryStep step) {
        String up = "up{" + settings.targetSelector() + "}";
        try {
            List<SeriesLine> lines = client.queryRange(up, window.startEpochMs(), window.endEpochMs(), step.step());
            if (lines.stream().allMatch(line -> line.points().isEmpty())) {
                return Optional.of(
                        "Prometheus at " + settings.prometheusUrl() + " has no " + up
                                + " series in the window: it is not scraping the target (check PROM_SELECTOR and its scrape config)");
            }
            return Optional.empty();
        } catch (SourceFailure e) {
            return Optional.of(e.getMessage());
        }
    }

    private SourceHealth health(int present, int missing, int notExported, int failures, String firstFailure) {
        String counts = present + " series with data, " + missing + " missing (" + failures + " failed queries)"
                + (notExported > 0 ? ", " + notExported + " runtime-specific not exported by this target" : "");
        if (present == 0) {
            String why = failures > 0 ? "; first failure " + firstFailure : "";
            return SourceHealth.unavailable(NAME, counts + why);
        }
        if (missing > 0) {
            return SourceHealth.degraded(
                    NAME, counts + (firstFailure == null ? "" : "; first failure " + firstFailure));
        }
        return SourceHealth.used(NAME, counts + " at " + settings.prometheusUrl());
    }

    /** The alerts that were firing at any step of the window, with when they were first and last seen firing. */
    AlertsOutcome firedAlerts(RunWindow window, QueryStep step) {
        try {
            List<FiredAlert> alerts = new ArrayList<>();
            for (SeriesLine line :
                    client.queryRange(FIRING_ALERTS, window.startEpochMs(), window.endEpochMs(), step.step())) {
                if (line.points().isEmpty()) {
                    continue;
                }
                Map<String, String> labels = new HashMap<>(line.labels());
                String name = labels.remove("alertname");
                String severity = labels.remove("severity");
                labels.remove("alertstate");
                alerts.add(new FiredAlert(
                        name,
                        severity,
                        labels,
                        line.points().get(0).epochMs(),
                        line.points().get(line.points().size() - 1).epochMs()));
            }
            return new AlertsOutcome(
                    SourceHealth.used(ALERTS_NAME, alerts.size() + " alert series fired in the window"), alerts);
        } catch (SourceFailure e) {
            return new AlertsOutcome(SourceHealth.unavailable(ALERTS_NAME, e.getMessage()), List.of());
        }
    }

    record AlertsOutcome(SourceHealth health, List<FiredAlert> alerts) {}
}
