package dev.stressgate.report.analysis.rules;

import java.util.Arrays;

/** The median the rules use: the middle value, or the mean of the two middle ones. */
final class Medians {

    private Medians() {}

    /** The median of {@code values} (not changed); NaN for none. */
    static double of(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
