package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.MetricPoint;
import dev.stressgate.report.analysis.MetricSeries;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.SecondSample;
import dev.stressgate.report.analysis.ServerSeriesIds;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The longest stretch in which the target stopped answering its metrics endpoint ({@code target_up} at 0: the
 * scrape failed or Prometheus's {@code up} was 0) while load went on and the client felt it: at least
 * {@value #MIN_FAILED} consecutive failed scrapes spanning {@value #MIN_SPAN_MS} ms, after the target had answered at
 * least once, with users active, and the client's median per-second p95 during it at least the knee factor (and the
 * knee's minimum increase) above the lower of: the seconds before it, and the server's own HTTP p95 while it still
 * answered (the time a handler took, so the rest was spent queueing). A process that crashed fails its requests instead of
 * slowing them, so it does not qualify.
 *
 * @param p95BeforeMs the client's p95 before the stretch, or the server's own p95 when lower
 * @param lastCores the last CPU sample (cores) before the stretch, NaN without one
 */
record UnansweredScrapes(long fromMs, long toMs, int failed, double p95BeforeMs, double p95DuringMs, double lastCores) {

    static final int MIN_FAILED = 3;
    static final long MIN_SPAN_MS = 10_000;
    private static final int MIN_SECONDS_BEFORE = 3;

    static Optional<UnansweredScrapes> during(RuleContext context) {
        List<MetricSeries> up = context.input().series(ServerSeriesIds.TARGET_UP);
        if (up.isEmpty()) {
            return Optional.empty();
        }
        List<MetricPoint> points = up.get(0).points().stream()
                .filter(p -> Double.isFinite(p.value()))
                .sorted(Comparator.comparingLong(MetricPoint::epochMs))
                .toList();
        int bestFrom = -1;
        int bestTo = -1;
        int start = -1;
        boolean answeredBefore = false;
        for (int i = 0; i <= points.size(); i++) {
            boolean down = i < points.size() && points.get(i).value() < 0.5;
            if (down && start < 0 && answeredBefore) {
                start = i;
            } else if (!down && start >= 0) {
                if (bestFrom < 0 || i - start > bestTo - bestFrom + 1) {
                    bestFrom = start;
                    bestTo = i - 1;
                }
                start = -1;
            }
            if (i < points.size() && !down) {
                answeredBefore = true;
            }
        }
        if (bestFrom < 0 || bestTo - bestFrom + 1 < MIN_FAILED) {
            return Optional.empty();
        }
        long from = points.get(bestFrom).epochMs();
        long to = points.get(bestTo).epochMs();
        if (to - from < MIN_SPAN_MS) {
            return Optional.empty();
        }
        List<SecondSample> seconds = context.input().timeline().stream()
                .filter(s -> s.responses() > 0 && Double.isFinite(s.p95Ms()))
                .toList();
        List<SecondSample> before =
                seconds.stream().filter(s -> s.epochMs() < from).toList();
        List<SecondSample> during = seconds.stream()
                .filter(s -> s.epochMs() >= from && s.epochMs() <= to)
                .toList();
        boolean loaded =
                during.stream().mapToLong(SecondSample::activeUsers).average().orElse(0) > 0;
        if (!loaded || before.size() < MIN_SECONDS_BEFORE || during.isEmpty()) {
            return Optional.empty();
        }
        double is = CpuSaturationRule.medianP95(during);
        double was =
                Math.min(CpuSaturationRule.medianP95(before), serverP95(context).orElse(Double.MAX_VALUE));
        boolean slower = context.thresholds().latencyClimbed(was, is);
        if (!slower) {
            return Optional.empty();
        }
        return Optional.of(new UnansweredScrapes(from, to, bestTo - bestFrom + 1, was, is, lastCores(context, from)));
    }

    private static java.util.OptionalDouble serverP95(RuleContext context) {
        return context.input().series(ServerSeriesIds.SERVER_LATENCY_P95).stream()
                .flatMap(s -> s.points().stream())
                .mapToDouble(MetricPoint::value)
                .filter(Double::isFinite)
                .average();
    }

    private static double lastCores(RuleContext context, long beforeMs) {
        return context.input().series(ServerSeriesIds.CPU_CORES).stream()
                .flatMap(s -> s.points().stream())
                .filter(p -> p.epochMs() < beforeMs && Double.isFinite(p.value()))
                .max(Comparator.comparingLong(MetricPoint::epochMs))
                .map(MetricPoint::value)
                .orElse(Double.NaN);
    }
}
