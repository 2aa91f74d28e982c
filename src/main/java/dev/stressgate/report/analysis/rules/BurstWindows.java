package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.AnalysisThresholds;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds error bursts in a sequence of time buckets (the client's seconds, or the intervals between two samples of a
 * server series): hot buckets (error rate at least {@code burstErrorPct}) with quiet gaps of at most
 * {@code burstMergeGapSeconds} form one window, from its first to its last hot bucket, counted over every bucket in
 * it. A window is a burst when it has at least {@code burstMinErrors} errors, does not hold every response, and
 * errors at the rest of the sequence's rate would form it by chance with at most {@code burstChance}
 * ({@link ChanceOfRandomBurst}). A burst recovered when at least {@code sustainedSamples} buckets with responses
 * follow it.
 */
final class BurstWindows {

    /** One time bucket: errors and responses from {@code fromMs} (inclusive) to {@code toMs} (exclusive). */
    record Bucket(long fromMs, long toMs, double errors, double responses) {

        double errorRatePct() {
            return responses <= 0 ? 0 : 100.0 * errors / responses;
        }
    }

    /** A burst: its window, its counts, the worst bucket's error rate, the chance test and whether it recovered. */
    record Burst(
            long fromMs,
            long toMs,
            double errors,
            double responses,
            double peakPct,
            ChanceOfRandomBurst chance,
            boolean recovered) {

        /** Errors in % of the window's responses. */
        double sharePct() {
            return 100.0 * errors / Math.max(responses, 1e-9);
        }

        /** The burst's figures as evidence values, in one order for every kind of burst finding. */
        java.util.Map<String, Double> evidenceValues() {
            java.util.Map<String, Double> values = new java.util.LinkedHashMap<>();
            values.put("errors", errors);
            values.put("responses", responses);
            values.put("error_share_pct", sharePct());
            values.put("duration_s", (double) durationS());
            values.put("peak_error_rate_pct", peakPct);
            values.put("background_error_rate_pct", chance.backgroundRatePct());
            values.put("expected_errors", chance.expectedErrors());
            values.put("recovered", recovered ? 1.0 : 0.0);
            return values;
        }

        long durationS() {
            return (toMs - fromMs) / 1000;
        }

        boolean overlaps(Burst other) {
            return fromMs < other.toMs() && other.fromMs() < toMs;
        }
    }

    private BurstWindows() {}

    /** @param buckets in time order; hot buckets merge across quiet gaps of {@code burstMergeGapSeconds} */
    static List<Burst> find(List<Bucket> buckets, AnalysisThresholds t) {
        return find(buckets, t, t.burstMergeGapSeconds() * 1000L);
    }

    /** @param buckets in time order; hot buckets merge across quiet gaps of up to {@code maxGapMs} */
    static List<Burst> find(List<Bucket> buckets, AnalysisThresholds t, long maxGapMs) {
        double totalErrors = buckets.stream().mapToDouble(Bucket::errors).sum();
        double totalResponses = buckets.stream().mapToDouble(Bucket::responses).sum();
        List<Burst> bursts = new ArrayList<>();
        for (int[] merged : hotWindows(buckets, t, maxGapMs)) {
            int[] window = maxGapMs > t.burstMergeGapSeconds() * 1000L ? trimmed(buckets, merged, t) : merged;
            List<Bucket> in = buckets.subList(window[0], window[1] + 1);
            double errors = in.stream().mapToDouble(Bucket::errors).sum();
            double responses = in.stream().mapToDouble(Bucket::responses).sum();
            if (errors < t.burstMinErrors() || responses >= totalResponses) {
                continue;
            }
            ChanceOfRandomBurst chance = ChanceOfRandomBurst.of(
                    Math.round(errors),
                    Math.round(responses),
                    Math.round(totalErrors - errors),
                    Math.round(totalResponses - responses),
                    buckets.size());
            if (chance.chance() <= t.burstChance()) {
                double peak = in.stream()
                        .filter(b -> isHot(b, t))
                        .mapToDouble(Bucket::errorRatePct)
                        .max()
                        .orElse(0);
                long after = buckets.subList(window[1] + 1, buckets.size()).stream()
                        .filter(b -> b.responses() > 0)
                        .count();
                bursts.add(new Burst(
                        in.get(0).fromMs(),
                        in.get(in.size() - 1).toMs(),
                        errors,
                        responses,
                        peak,
                        chance,
                        after >= t.sustainedSamples()));
            }
        }
        return bursts;
    }

    /**
     * A window merged across long quiet gaps, with its edges trimmed: the hot bucket at either end (with the quiet
     * stretch up to the next hot one) is dropped while that raises the window's error share and leaves at least
     * {@code burstMinErrors} errors, so background errors next to a burst do not stretch it.
     */
    private static int[] trimmed(List<Bucket> buckets, int[] window, AnalysisThresholds t) {
        int first = window[0];
        int last = window[1];
        boolean changed = true;
        while (changed) {
            changed = false;
            int nextHot = nextHot(buckets, first + 1, last, t);
            if (nextHot > 0 && better(buckets, nextHot, last, first, last, t)) {
                first = nextHot;
                changed = true;
            }
            int previousHot = previousHot(buckets, first, last - 1, t);
            if (previousHot >= 0 && better(buckets, first, previousHot, first, last, t)) {
                last = previousHot;
                changed = true;
            }
        }
        return new int[] {first, last};
    }

    private static boolean better(
            List<Bucket> buckets, int from, int to, int oldFrom, int oldTo, AnalysisThresholds t) {
        double errors = errors(buckets, from, to);
        return errors >= t.burstMinErrors() && share(buckets, from, to) > share(buckets, oldFrom, oldTo);
    }

    private static double errors(List<Bucket> buckets, int from, int to) {
        return buckets.subList(from, to + 1).stream()
                .mapToDouble(Bucket::errors)
                .sum();
    }

    private static double share(List<Bucket> buckets, int from, int to) {
        double responses = buckets.subList(from, to + 1).stream()
                .mapToDouble(Bucket::responses)
                .sum();
        return responses <= 0 ? 0 : errors(buckets, from, to) / responses;
    }

    private static int nextHot(List<Bucket> buckets, int from, int to, AnalysisThresholds t) {
        for (int i = from; i <= to; i++) {
            if (isHot(buckets.get(i), t)) {
                return i;
            }
        }
        return -1;
    }

    private static int previousHot(List<Bucket> buckets, int from, int to, AnalysisThresholds t) {
        for (int i = to; i >= from; i--) {
            if (isHot(buckets.get(i), t)) {
                return i;
            }
        }
        return -1;
    }

    /** Index ranges [first, last] from a hot bucket to the last hot one that follows with short quiet gaps. */
    private static List<int[]> hotWindows(List<Bucket> buckets, AnalysisThresholds t, long maxGapMs) {
        List<int[]> windows = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (int i = 0; i < buckets.size(); i++) {
            if (!isHot(buckets.get(i), t)) {
                continue;
            }
            if (first >= 0 && buckets.get(i).fromMs() - buckets.get(last).toMs() > maxGapMs) {
                windows.add(new int[] {first, last});
                first = -1;
            }
            if (first < 0) {
                first = i;
            }
            last = i;
        }
        if (first >= 0) {
            windows.add(new int[] {first, last});
        }
        return windows;
    }

    private static boolean isHot(Bucket bucket, AnalysisThresholds t) {
        return bucket.responses() > 0 && bucket.errorRatePct() >= t.burstErrorPct();
    }
}
