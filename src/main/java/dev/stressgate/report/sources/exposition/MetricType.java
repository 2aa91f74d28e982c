package dev.stressgate.report.sources.exposition;

import java.util.Locale;

/** The metric types the Prometheus text exposition format declares with {@code # TYPE}. */
public enum MetricType {
    COUNTER,
    GAUGE,
    HISTOGRAM,
    SUMMARY,
    UNTYPED;

    static MetricType fromDeclaration(String token) {
        return switch (token.toLowerCase(Locale.ROOT)) {
            case "counter" -> COUNTER;
            case "gauge" -> GAUGE;
            case "histogram" -> HISTOGRAM;
            case "summary" -> SUMMARY;
            case "untyped", "unknown" -> UNTYPED;
            default ->
                throw new IllegalArgumentException(
                        "unknown metric type '" + token + "' (expected counter, gauge, histogram, summary or untyped)");
        };
    }
}
