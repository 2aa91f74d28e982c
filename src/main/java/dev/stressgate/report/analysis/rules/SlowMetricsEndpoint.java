package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.MetricPoint;
import dev.stressgate.report.analysis.MetricSeries;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.ServerSeriesIds;
import java.util.List;
import java.util.Optional;

/**
 * The target answered its own metrics endpoint slowly over a stretch: the median time of its scrapes there
 * ({@link ServerSeriesIds#SCRAPE_DURATION}, at least {@value #MIN_SCRAPES} of them) was at least {@value #FACTOR}
 * times, and {@value #MIN_INCREASE_MS} ms more than, its fastest scrape of the run. That endpoint does no I/O of its
 * own, so it is a probe of the process itself: a process short of CPU (a blocked event loop, threads queued for a core
 * or for Python's GIL) answers it late, one that only waits for its database or a downstream service answers at once.
 * Empty when the run has no scrape durations (a scrape.jsonl written before they were recorded).
 *
 * @param fastestMs the run's fastest scrape
 * @param duringMs  the median scrape over the stretch
 */
record SlowMetricsEndpoint(double fastestMs, double duringMs) {
    static final double FACTOR = 4;
    static final double MIN_INCREASE_MS = 20;
    static final int MIN_SCRAPES = 3;

    static Optional<SlowMetricsEndpoint> during(RuleContext context, long fromMs, long toMs) {
        List<MetricSeries> series = context.input().series(ServerSeriesIds.SCRAPE_DURATION);
        if (series.isEmpty()) {
            return Optional.empty();
        }
        List<MetricPoint> points = series.get(0).points().stream()
                .filter(p -> Double.isFinite(p.value()))
                .toList();
        double[] during = points.stream()
                .filter(p -> p.epochMs() >= fromMs && p.epochMs() <= toMs)
                .mapToDouble(MetricPoint::value)
                .toArray();
        if (during.length < MIN_SCRAPES) {
            return Optional.empty();
        }
        double fastest = points.stream().mapToDouble(MetricPoint::value).min().orElseThrow();
        double median = Medians.of(during);
        return median >= FACTOR * Math.max(fastest, 1) && median - fastest >= MIN_INCREASE_MS
                ? Optional.of(new SlowMetricsEndpoint(fastest, median))
                : Optional.empty();
    }
}
