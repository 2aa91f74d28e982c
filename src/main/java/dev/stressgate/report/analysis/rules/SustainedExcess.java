package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.MetricPoint;
import dev.stressgate.report.analysis.MetricSeries;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The longest run of consecutive samples of a series at or above a threshold, when it is at least
 * {@code minSamples} long: what the resource rules mean by "sustained".
 */
record SustainedExcess(long fromMs, long toMs, double peak, int samples) {

    static Optional<SustainedExcess> longest(MetricSeries series, double threshold, int minSamples) {
        List<MetricPoint> points = series.points().stream()
                .sorted(Comparator.comparingLong(MetricPoint::epochMs))
                .toList();
        SustainedExcess best = null;
        int start = -1;
        for (int i = 0; i <= points.size(); i++) {
            boolean above = i < points.size()
                    && Double.isFinite(points.get(i).value())
                    && points.get(i).value() >= threshold;
            if (above && start < 0) {
                start = i;
            } else if (!above && start >= 0) {
                List<MetricPoint> run = points.subList(start, i);
                if (run.size() >= minSamples && (best == null || run.size() > best.samples())) {
                    double peak =
                            run.stream().mapToDouble(MetricPoint::value).max().orElseThrow();
                    best = new SustainedExcess(
                            run.get(0).epochMs(), run.get(run.size() - 1).epochMs(), peak, run.size());
                }
                start = -1;
            }
        }
        return Optional.ofNullable(best);
    }
}
