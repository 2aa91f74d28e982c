package dev.stressgate.report.sources.metrics;

import dev.stressgate.run.http.TimeoutVariable;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Where the server metrics come from: the Prometheus URL ({@code PROM_URL}), the label matchers that select the
 * target's series ({@code PROM_SELECTOR}, substituted for {@code $selector} in queries.json), the scrape interval
 * Prometheus uses for it (the finest useful step) and the total deadline per query ({@code PROM_TIMEOUT_SECONDS}).
 */
public record MetricsSettings(URI prometheusUrl, String targetSelector, Duration scrapeInterval, Duration timeout) {

    public static final URI DEFAULT_PROMETHEUS_URL = URI.create("http://localhost:9090");
    public static final String DEFAULT_SELECTOR = "job=\"socialapp\"";
    public static final Duration DEFAULT_SCRAPE_INTERVAL = Duration.ofSeconds(5);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public MetricsSettings {
        Objects.requireNonNull(prometheusUrl, "prometheusUrl");
        if (targetSelector == null || targetSelector.isBlank()) {
            throw new IllegalArgumentException("PROM_SELECTOR must not be empty (e.g. " + DEFAULT_SELECTOR + ")");
        }
        if (scrapeInterval.isZero() || scrapeInterval.isNegative() || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("scrape interval and timeout must be positive");
        }
    }

    public MetricsSettings withPrometheusUrl(URI url) {
        return new MetricsSettings(url, targetSelector, scrapeInterval, timeout);
    }

    /** Settings from {@code PROM_URL}, {@code PROM_SELECTOR} and {@code PROM_TIMEOUT_SECONDS}, defaults for anything unset. */
    public static MetricsSettings fromEnvironment(Map<String, String> environment) {
        String url = environment.getOrDefault("PROM_URL", "");
        String selector = environment.getOrDefault("PROM_SELECTOR", "");
        return new MetricsSettings(
                url.isBlank() ? DEFAULT_PROMETHEUS_URL : URI.create(url),
                selector.isBlank() ? DEFAULT_SELECTOR : selector,
                DEFAULT_SCRAPE_INTERVAL,
                TimeoutVariable.seconds(environment, "PROM_TIMEOUT_SECONDS", DEFAULT_TIMEOUT));
    }
}
