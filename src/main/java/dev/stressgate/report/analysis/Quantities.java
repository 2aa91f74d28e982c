package dev.stressgate.report.analysis;

import java.util.Locale;

/**
 * Formats measured values the same way everywhere (findings, reasons, prompt), so the numbers a model repeats can
 * be matched against them: milliseconds without decimals, percentages and rates with at most two decimals.
 */
public final class Quantities {

    private Quantities() {}

    public static String ms(double value) {
        return String.format(Locale.ROOT, "%.0f ms", value);
    }

    public static String pct(double value) {
        return plain(value) + "%";
    }

    public static String perSecond(double value) {
        return plain(value) + "/s";
    }

    /** A number with at most two decimals and no trailing zeros. */
    public static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        String s = String.format(Locale.ROOT, "%.2f", value);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** Value with the unit a metric name implies: {@code *_ms} in ms, {@code *_pct} in %, otherwise plain. */
    public static String forMetric(String metric, double value) {
        if (metric.endsWith("_ms")) {
            return ms(value);
        }
        if (metric.endsWith("_pct")) {
            return pct(value);
        }
        return plain(value);
    }
}
