package dev.stressgate.report.gatling;

import org.HdrHistogram.Histogram;

/**
 * Response times of one population: an auto-resizing HdrHistogram plus exact count, min, max and sum; percentiles
 * follow {@link RankPercentile}, never above the exact max (a histogram bucket's highest equivalent value can be).
 */
final class LatencyAccumulator {

    private static final int SIGNIFICANT_DIGITS = 3;

    private final Histogram histogram = new Histogram(SIGNIFICANT_DIGITS);
    private long ok;
    private long ko;
    private long min = Long.MAX_VALUE;
    private long max = Long.MIN_VALUE;
    private long sum;

    void record(long millis, boolean success) {
        histogram.recordValue(millis);
        if (success) {
            ok++;
        } else {
            ko++;
        }
        min = Math.min(min, millis);
        max = Math.max(max, millis);
        sum += millis;
    }

    ResponseStats toStats(double durationSeconds) {
        long count = ok + ko;
        if (count == 0) {
            return ResponseStats.empty();
        }
        return new ResponseStats(
                count,
                ok,
                ko,
                min,
                (double) sum / count,
                max,
                percentile(50),
                percentile(75),
                percentile(95),
                percentile(99),
                durationSeconds > 0 ? count / durationSeconds : 0,
                LatencyHistogramCodec.encode(histogram));
    }

    private long percentile(double percentile) {
        return Math.min(RankPercentile.of(histogram, percentile), max);
    }
}
