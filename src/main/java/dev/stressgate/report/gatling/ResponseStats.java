package dev.stressgate.report.gatling;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Counts and response-time figures (milliseconds) for one population of responses: the whole run, one
 * request, or one group. Percentiles come from an HdrHistogram with 3 significant digits (exact below
 * 2048 ms, within 0.1% above) by Gatling's rank convention ({@code RankPercentile}); min, max and mean are
 * exact. All latency fields are 0 when {@code count} is 0.
 *
 * @param meanRps {@code count / RunSummary.durationSeconds}, see {@code docs/simulation-log-format.md}
 * @param latencyHistogram the whole distribution ({@link LatencyHistogramCodec}); null in summaries written before
 *     it existed and when {@code count} is 0
 */
public record ResponseStats(
        long count,
        long ok,
        long ko,
        long minMs,
        double meanMs,
        long maxMs,
        long p50Ms,
        long p75Ms,
        long p95Ms,
        long p99Ms,
        double meanRps,
        @JsonInclude(JsonInclude.Include.NON_NULL) String latencyHistogram) {

    /** Figures without the distribution, as summaries written before it existed read. */
    public ResponseStats(
            long count,
            long ok,
            long ko,
            long minMs,
            double meanMs,
            long maxMs,
            long p50Ms,
            long p75Ms,
            long p95Ms,
            long p99Ms,
            double meanRps) {
        this(count, ok, ko, minMs, meanMs, maxMs, p50Ms, p75Ms, p95Ms, p99Ms, meanRps, null);
    }

    public static ResponseStats empty() {
        return new ResponseStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Share of KO responses in percent, 0 when there were none. */
    public double koPercent() {
        return count == 0 ? 0 : ko * 100.0 / count;
    }
}
