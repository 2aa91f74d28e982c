package dev.stressgate.report.analysis;

/**
 * Every threshold the deterministic rules use, in one place. {@link #defaults()} documents the default of each.
 *
 * @param serverErrorCriticalPct    5xx + timeouts, in % of all requests, at or above which server errors are CRITICAL (1.0)
 * @param burstErrorPct             error rate of a second, in %, that makes it part of an error burst (5.0)
 * @param burstMinErrors            fewest errors in a burst for it to be reported (5)
 * @param burstMergeGapSeconds      quiet seconds allowed inside one burst (2)
 * @param burstChance               a burst is reported only when errors at the rest of the run's rate would form one
 *                                  at least as large somewhere in the run with at most this chance (0.01)
 * @param serverMoveFactor          relative change of a server series inside a burst vs outside it that counts as "moved" (0.5 = 50%)
 * @param kneeLoadBins              number of load levels the timeline is grouped into to find the knee (8)
 * @param kneeLatencyFactor         p95 at the knee vs p95 at the lowest load level (2.0)
 * @param kneeMinLatencyIncreaseMs  smallest absolute p95 increase that can be a knee (50 ms)
 * @param kneeThroughputElasticity  throughput growth / load growth below which throughput is "flat" (0.5)
 * @param cpuSaturationPct          process CPU, in % of the available cores, that counts as saturated (85)
 * @param sustainedSamples          consecutive samples a resource condition must hold to count (3)
 * @param memoryGrowthPct           growth of the memory trend over the series, in % of its starting floor, that is
 *                                  reported when it still goes on in the later half (20)
 * @param memoryMinDurationMs       shortest span of memory samples on which growth is judged (2 min)
 * @param gcTimePct                 % of wall time spent in GC that is GC pressure (10)
 * @param dbLatencyP95Ms            database query p95 that is slow (100 ms)
 * @param poolAcquireP95Ms          connection-pool acquire p95 that is a wait (50 ms)
 * @param spikeLoadFactor           peak users vs median users that makes the run a spike (2.0)
 * @param recoveryLatencyFactor     p95 within this factor of the pre-spike p95 counts as recovered (1.5)
 * @param recoveryMaxSeconds        recovery slower than this is a WARNING, faster is INFO (60)
 * @param slowEndpointP95Ms         a request p95 at or above this makes the slowest-endpoints ranking a finding (500 ms)
 * @param slowestTopN               how many endpoints the ranking lists (5)
 * @param baseline                  what counts as a change against the baseline run ({@link BaselineTolerance#defaults()})
 */
public record AnalysisThresholds(
        double serverErrorCriticalPct,
        double burstErrorPct,
        long burstMinErrors,
        int burstMergeGapSeconds,
        double burstChance,
        double serverMoveFactor,
        int kneeLoadBins,
        double kneeLatencyFactor,
        double kneeMinLatencyIncreaseMs,
        double kneeThroughputElasticity,
        double cpuSaturationPct,
        int sustainedSamples,
        double memoryGrowthPct,
        long memoryMinDurationMs,
        double gcTimePct,
        double dbLatencyP95Ms,
        double poolAcquireP95Ms,
        double spikeLoadFactor,
        double recoveryLatencyFactor,
        long recoveryMaxSeconds,
        double slowEndpointP95Ms,
        int slowestTopN,
        BaselineTolerance baseline) {

    public static AnalysisThresholds defaults() {
        return new AnalysisThresholds(
                1.0,
                5.0,
                5,
                2,
                0.01,
                0.5,
                8,
                2.0,
                50,
                0.5,
                85,
                3,
                20,
                2 * 60_000L,
                10,
                100,
                50,
                2.0,
                1.5,
                60,
                500,
                5,
                BaselineTolerance.defaults());
    }

    public AnalysisThresholds withBaseline(BaselineTolerance tolerance) {
        return new AnalysisThresholds(
                serverErrorCriticalPct,
                burstErrorPct,
                burstMinErrors,
                burstMergeGapSeconds,
                burstChance,
                serverMoveFactor,
                kneeLoadBins,
                kneeLatencyFactor,
                kneeMinLatencyIncreaseMs,
                kneeThroughputElasticity,
                cpuSaturationPct,
                sustainedSamples,
                memoryGrowthPct,
                memoryMinDurationMs,
                gcTimePct,
                dbLatencyP95Ms,
                poolAcquireP95Ms,
                spikeLoadFactor,
                recoveryLatencyFactor,
                recoveryMaxSeconds,
                slowEndpointP95Ms,
                slowestTopN,
                tolerance);
    }

    /**
     * Whether a p95 climbed from {@code beforeMs} to {@code afterMs}: by at least {@code kneeLatencyFactor} times and
     * {@code kneeMinLatencyIncreaseMs}, the one test of "the client got slower" every rule shares.
     */
    public boolean latencyClimbed(double beforeMs, double afterMs) {
        return afterMs >= kneeLatencyFactor * beforeMs && afterMs - beforeMs >= kneeMinLatencyIncreaseMs;
    }
}
