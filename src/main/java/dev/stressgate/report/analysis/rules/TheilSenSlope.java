package dev.stressgate.report.analysis.rules;

import java.util.Arrays;

/**
 * The Theil–Sen estimate of a trend: the median of the slopes between every pair of points with different x. Up to
 * 29 % of the points can be outliers (a GC drop, a stray sample) without moving it, unlike least squares.
 */
final class TheilSenSlope {

    private TheilSenSlope() {}

    /** The median pairwise slope of y against x; NaN with fewer than two distinct x. */
    static double of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        }
        double[] slopes = new double[x.length * (x.length - 1) / 2];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                if (x[j] != x[i]) {
                    slopes[n++] = (y[j] - y[i]) / (x[j] - x[i]);
                }
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        double[] used = Arrays.copyOf(slopes, n);
        Arrays.sort(used);
        return n % 2 == 1 ? used[n / 2] : (used[n / 2 - 1] + used[n / 2]) / 2;
    }
}
