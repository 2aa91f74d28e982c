package dev.stressgate.report.analysis;

/**
 * What counts as a change against the baseline run. A change must be large enough to matter (the relative and
 * absolute floors) and unlikely to be run-to-run noise (enough samples on both sides, and a significance test on
 * the two runs' data below {@code significance}).
 *
 * @param pct                relative change of p95, error rate or throughput that counts (10%)
 * @param minErrorPctPoints  smallest error-rate change, in percentage points, that counts (0.5)
 * @param minLatencyMs       smallest p95 change, in ms, that counts, so 2 ms to 3 ms is not a "50% regression" (10 ms)
 * @param minSamples         fewest responses a scope needs in each run to be compared at all (30)
 * @param significance       largest p-value of the one-sided test (Mann-Whitney U on the latency distributions,
 *                           Fisher's exact test on the error counts) that counts as a real change (0.01)
 * @param failOnRegression   whether a regression fails the gate (true)
 */
public record BaselineTolerance(
        double pct,
        double minErrorPctPoints,
        double minLatencyMs,
        long minSamples,
        double significance,
        boolean failOnRegression) {

    public static final long DEFAULT_MIN_SAMPLES = 30;
    public static final double DEFAULT_SIGNIFICANCE = 0.01;

    public BaselineTolerance {
        if (!(pct >= 0) || !(minErrorPctPoints >= 0) || !(minLatencyMs >= 0)) {
            throw new IllegalArgumentException("baseline tolerance: expected percentages and ms >= 0, got " + pct
                    + "%, " + minErrorPctPoints + " points, " + minLatencyMs + " ms");
        }
        if (minSamples < 1 || !(significance > 0 && significance < 1)) {
            throw new IllegalArgumentException("baseline tolerance: expected at least 1 sample and a significance "
                    + "level between 0 and 1, got " + minSamples + " samples, " + significance);
        }
    }

    public static BaselineTolerance defaults() {
        return new BaselineTolerance(10, 0.5, 10, DEFAULT_MIN_SAMPLES, DEFAULT_SIGNIFICANCE, true);
    }

    /** The same tolerance with another relative change that counts, in %. */
    public BaselineTolerance withPct(double newPct) {
        return new BaselineTolerance(
                newPct, minErrorPctPoints, minLatencyMs, minSamples, significance, failOnRegression);
    }

    /** The same tolerance, reporting regressions without failing the gate. */
    public BaselineTolerance reportOnly() {
        return new BaselineTolerance(pct, minErrorPctPoints, minLatencyMs, minSamples, significance, false);
    }
}
