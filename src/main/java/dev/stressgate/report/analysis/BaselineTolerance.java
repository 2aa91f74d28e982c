package dev.stressgate.report.analysis;

/**
 * What counts as a change against the baseline run.
 *
 * @param pct                relative change of p95, error rate or throughput that counts (10%)
 * @param minErrorPctPoints  smallest error-rate change, in percentage points, that counts (0.5)
 * @param minLatencyMs       smallest p95 change, in ms, that counts, so 2 ms to 3 ms is not a "50% regression" (10 ms)
 * @param failOnRegression   whether a regression fails the gate (true)
 */
public record BaselineTolerance(double pct, double minErrorPctPoints, double minLatencyMs, boolean failOnRegression) {

    public BaselineTolerance {
        if (!(pct >= 0) || !(minErrorPctPoints >= 0) || !(minLatencyMs >= 0)) {
            throw new IllegalArgumentException("baseline tolerance: expected percentages and ms >= 0, got " + pct + "%, "
                    + minErrorPctPoints + " points, " + minLatencyMs + " ms");
        }
    }

    public static BaselineTolerance defaults() {
        return new BaselineTolerance(10, 0.5, 10, true);
    }

    /** The same tolerance with another relative change that counts, in %. */
    public BaselineTolerance withPct(double newPct) {
        return new BaselineTolerance(newPct, minErrorPctPoints, minLatencyMs, failOnRegression);
    }
}
