package dev.stressgate.report.sources.metrics;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the server metrics come from: the Prometheus URL ({@code PROM_URL}), the label matchers that select the
 * target's series ({@code PROM_SELECTOR}, substituted for {@code $selector} in queries.json), the scrape interval
 * Prometheus uses for it (the finest useful step) and the total deadline per query ({@code PROM_TIMEOUT_SECONDS}).
 * The report's command line reads them (its options default to those variables); code builds them with
 * {@code ReportSettings.builder()}.
 */
public record MetricsSettings(URI prometheusUrl, String targetSelector, Duration scrapeInterval, Duration timeout) {

    public static final String DEFAULT_PROMETHEUS_URL = "http://localhost:9090";
    public static final String DEFAULT_SELECTOR = "job=\"socialapp\"";
    public static final Duration DEFAULT_SCRAPE_INTERVAL = Duration.ofSeconds(5);
    public static final long DEFAULT_TIMEOUT_SECONDS = 10;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);

    public MetricsSettings {
        Objects.requireNonNull(prometheusUrl, "prometheusUrl");
        if (targetSelector == null || targetSelector.isBlank()) {
            throw new IllegalArgumentException("PROM_SELECTOR must not be empty (e.g. " + DEFAULT_SELECTOR + ")");
        }
        if (scrapeInterval.isZero() || scrapeInterval.isNegative() || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("scrape interval and timeout must be positive");
        }
    }
}
