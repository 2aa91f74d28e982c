package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.AnalysisRule;
import dev.stressgate.report.analysis.AnalysisThresholds;
import dev.stressgate.report.analysis.Category;
import dev.stressgate.report.analysis.Evidence;
import dev.stressgate.report.analysis.Finding;
import dev.stressgate.report.analysis.Quantities;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.SecondSample;
import dev.stressgate.report.analysis.Severity;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recovery after a spike. A spike is the span of seconds whose active users are at least {@code spikeLoadFactor}
 * times the median of the run. If p95 during it rose to {@code recoveryLatencyFactor} times the median p95 before
 * it (or errors reached {@code burstErrorPct}), the recovery time is the time from the end of the spike to the
 * first of {@code sustainedSamples} consecutive seconds back within those bounds. Recovery slower than
 * {@code recoveryMaxSeconds}, or none within the run, is a WARNING; faster is INFO. Silent without a spike, without
 * at least three seconds before it, or when the spike did not degrade the service.
 */
public final class SpikeRecoveryRule implements AnalysisRule {

    private static final int MIN_PRE_SPIKE_SECONDS = 3;

    @Override
    public String name() {
        return "spike_recovery";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        AnalysisThresholds t = context.thresholds();
        List<SecondSample> loaded = context.input().timeline().stream()
                .filter(s -> s.activeUsers() > 0)
                .sorted(Comparator.comparingLong(SecondSample::epochMs))
                .toList();
        if (loaded.isEmpty()) {
            return List.of();
        }
        double medianUsers = Medians.of(
                loaded.stream().mapToDouble(SecondSample::activeUsers).toArray());
        double spikeUsers = t.spikeLoadFactor() * medianUsers;
        int first = indexOfFirst(loaded, spikeUsers);
        if (first < MIN_PRE_SPIKE_SECONDS) {
            return List.of();
        }
        int last = indexOfLast(loaded, spikeUsers);
        double[] preP95 = loaded.subList(0, first).stream()
                .filter(s -> s.responses() > 0 && Double.isFinite(s.p95Ms()))
                .mapToDouble(SecondSample::p95Ms)
                .toArray();
        if (preP95.length < MIN_PRE_SPIKE_SECONDS) {
            return List.of();
        }
        double baseP95 = Medians.of(preP95);
        double bound = t.recoveryLatencyFactor() * baseP95;
        List<SecondSample> spike = loaded.subList(first, last + 1);
        double spikeP95 = spike.stream()
                .mapToDouble(SecondSample::p95Ms)
                .filter(Double::isFinite)
                .max()
                .orElse(0);
        double spikeErrors =
                spike.stream().mapToDouble(SecondSample::errorRatePct).max().orElse(0);
        if (spikeP95 < bound && spikeErrors < t.burstErrorPct()) {
            return List.of();
        }
        long spikeEnd = loaded.get(last).epochMs() + 1000;
        Long recoveredAt = recoveredAt(loaded.subList(last + 1, loaded.size()), bound, t);
        return List.of(finding(loaded.get(first).epochMs(), spikeEnd, recoveredAt, baseP95, spikeP95, t));
    }

    private Long recoveredAt(List<SecondSample> after, double bound, AnalysisThresholds t) {
        int streak = 0;
        for (int i = 0; i < after.size(); i++) {
            SecondSample s = after.get(i);
            boolean ok = s.responses() > 0 && s.p95Ms() <= bound && s.errorRatePct() < t.burstErrorPct();
            streak = ok ? streak + 1 : 0;
            if (streak == t.sustainedSamples()) {
                return after.get(i - streak + 1).epochMs();
            }
        }
        return null;
    }

    private Finding finding(
            long spikeStart, long spikeEnd, Long recoveredAt, double baseP95, double spikeP95, AnalysisThresholds t) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("pre_spike_p95_ms", baseP95);
        values.put("spike_p95_ms", spikeP95);
        String title;
        Severity severity;
        double score;
        if (recoveredAt == null) {
            title = "No recovery after the load spike within the run";
            severity = Severity.WARNING;
            score = Double.MAX_VALUE;
        } else {
            double seconds = Math.max(0, recoveredAt - spikeEnd) / 1000.0;
            values.put("recovery_s", seconds);
            title = "Recovered " + Quantities.plain(seconds) + " s after the load spike";
            severity = seconds > t.recoveryMaxSeconds() ? Severity.WARNING : Severity.INFO;
            score = seconds;
        }
        Evidence evidence = new Evidence(
                "recovery.spike",
                "gatling",
                List.of("active users", "p95", "errors"),
                spikeStart,
                recoveredAt == null ? spikeEnd : recoveredAt,
                values);
        return new Finding(
                name(),
                name(),
                Category.CAPACITY,
                severity,
                score,
                title,
                "During the spike p95 reached " + Quantities.ms(spikeP95) + " against " + Quantities.ms(baseP95)
                        + " before it. " + title + ".",
                "Check what keeps latency high after load drops: queues draining, pool or thread exhaustion, GC.",
                List.of(evidence));
    }

    private static int indexOfFirst(List<SecondSample> loaded, double users) {
        for (int i = 0; i < loaded.size(); i++) {
            if (loaded.get(i).activeUsers() >= users) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfLast(List<SecondSample> loaded, double users) {
        for (int i = loaded.size() - 1; i >= 0; i--) {
            if (loaded.get(i).activeUsers() >= users) {
                return i;
            }
        }
        return -1;
    }
}
