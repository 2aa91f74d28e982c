package dev.stressgate.report.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats a value of a named metric with its unit, from the naming convention of SLOs, evidence and baseline
 * deltas: {@code *_ms} milliseconds, {@code *_pct} percent, {@code *rps} requests per second.
 */
final class MetricUnits {
    private MetricUnits() {}

    static String format(String metric, double value) {
        if (metric.endsWith("_ms")) {
            return number(value) + " ms";
        }
        if (metric.endsWith("_pct")) {
            return number(value) + " %";
        }
        if (metric.endsWith("rps")) {
            return number(value) + " req/s";
        }
        return number(value);
    }

    /** At most two decimals, no grouping, no trailing zeros: 912, 0.42, 41.6. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal rounded =
                BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
