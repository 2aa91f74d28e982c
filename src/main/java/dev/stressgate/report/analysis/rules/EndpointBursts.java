package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.AnalysisThresholds;
import dev.stressgate.report.analysis.EndpointErrorSeconds;
import dev.stressgate.report.analysis.ErrorCount;
import dev.stressgate.report.analysis.SecondSample;
import dev.stressgate.run.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Error bursts of one request at a time, from the client's per-request error seconds ({@link BurstWindows} on the
 * request's own seconds, so the chance test uses the request's own rest-of-run error rate). Only the seconds with a
 * KO carry the request's exact responses; the request's other responses are spread over the remaining seconds in
 * proportion to the run's responses in each, so the counts of a window that bridges quiet seconds are estimates and
 * the request's total stays exact. Seconds from the start of the ramp-down tail on are left out. A request whose
 * every KO is a lost WebSocket delivery is not judged: those are lost deliveries, not server errors.
 */
final class EndpointBursts {

    /** A burst of KOs on one request. */
    record EndpointBurst(String request, BurstWindows.Burst burst) {}

    private EndpointBursts() {}

    /**
     * @param timeline   the run's per-second client series
     * @param tailFromMs start of the ramp-down tail
     * @param errors     the run's KO messages by request, to leave out requests that only lost deliveries
     * @param workload   the run's workload, which says which flows are WebSocket flows
     */
    static List<EndpointBurst> find(
            List<EndpointErrorSeconds> endpoints,
            List<SecondSample> timeline,
            long tailFromMs,
            List<ErrorCount> errors,
            Workload workload,
            AnalysisThresholds t) {
        List<EndpointBurst> bursts = new ArrayList<>();
        for (EndpointErrorSeconds endpoint : endpoints) {
            if (onlyLostDeliveries(endpoint.request(), errors, workload)) {
                continue;
            }
            List<BurstWindows.Bucket> buckets = buckets(endpoint, timeline, tailFromMs);
            for (BurstWindows.Burst burst : BurstWindows.find(buckets, t, mergeGapMs(buckets, t))) {
                bursts.add(new EndpointBurst(endpoint.request(), burst));
            }
        }
        return bursts;
    }

    /**
     * How long a quiet stretch inside one endpoint's burst may be: the time that endpoint takes to answer three times
     * the calls between two errors at the lowest error share a burst second has ({@code burstErrorPct}: 3 × 20 calls
     * at 5 %), at its mean rate; at least {@code burstMergeGapSeconds}, at most {@value #MAX_GAP_SECONDS} s. An
     * endpoint called three times a second that fails one call in fifteen shows a KO every few seconds, with quiet
     * stretches of ten seconds and more; a gap in calls, not in seconds, keeps such a burst one window. The chance
     * test then still rejects windows that random errors at the endpoint's own rate would form.
     */
    static long mergeGapMs(List<BurstWindows.Bucket> buckets, AnalysisThresholds t) {
        double responses =
                buckets.stream().mapToDouble(BurstWindows.Bucket::responses).sum();
        double perSecond = buckets.isEmpty() ? 0 : responses / buckets.size();
        double calls = 3 * 100.0 / Math.max(t.burstErrorPct(), 1e-9);
        double seconds = perSecond <= 0 ? MAX_GAP_SECONDS : Math.ceil(calls / perSecond);
        return (long) (Math.max(t.burstMergeGapSeconds(), Math.min(MAX_GAP_SECONDS, seconds)) * 1000);
    }

    static final int MAX_GAP_SECONDS = 30;

    private static boolean onlyLostDeliveries(String request, List<ErrorCount> errors, Workload workload) {
        List<ErrorCount> own =
                errors.stream().filter(e -> request.equals(e.request())).toList();
        return !own.isEmpty() && own.stream().allMatch(e -> DroppedFrameTimeouts.isLostDelivery(e, workload));
    }

    /** One bucket per second of the timeline before the tail, in time order. */
    static List<BurstWindows.Bucket> buckets(
            EndpointErrorSeconds endpoint, List<SecondSample> timeline, long tailFromMs) {
        Map<Long, EndpointErrorSeconds.Second> failing = new HashMap<>();
        endpoint.seconds().forEach(s -> failing.put(s.epochMs(), s));
        long exactResponses = endpoint.seconds().stream()
                .mapToLong(EndpointErrorSeconds.Second::responses)
                .sum();
        double otherRunResponses = timeline.stream()
                .filter(s -> !failing.containsKey(s.epochMs()))
                .mapToDouble(SecondSample::responses)
                .sum();
        double share =
                otherRunResponses <= 0 ? 0 : Math.max(0, endpoint.responses() - exactResponses) / otherRunResponses;
        List<BurstWindows.Bucket> buckets = new ArrayList<>();
        timeline.stream()
                .filter(s -> s.epochMs() < tailFromMs)
                .sorted(Comparator.comparingLong(SecondSample::epochMs))
                .forEach(s -> {
                    EndpointErrorSeconds.Second exact = failing.get(s.epochMs());
                    buckets.add(
                            exact != null
                                    ? new BurstWindows.Bucket(
                                            s.epochMs(), s.epochMs() + 1000, exact.errors(), exact.responses())
                                    : new BurstWindows.Bucket(
                                            s.epochMs(), s.epochMs() + 1000, 0, share * s.responses()));
                });
        return buckets;
    }
}
