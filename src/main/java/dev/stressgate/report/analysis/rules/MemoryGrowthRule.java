package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.AnalysisRule;
import dev.stressgate.report.analysis.Category;
import dev.stressgate.report.analysis.Evidence;
import dev.stressgate.report.analysis.Finding;
import dev.stressgate.report.analysis.MetricPoint;
import dev.stressgate.report.analysis.MetricSeries;
import dev.stressgate.report.analysis.Quantities;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.SecondSample;
import dev.stressgate.report.analysis.ServerSeriesIds;
import dev.stressgate.report.analysis.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Memory that keeps growing: a leak suspicion on any run whose memory samples span at least
 * {@code memoryMinDurationMs}, whatever the profile is called. It reads resident memory (every Prometheus client
 * exports it) and the runtime's heap when there is one (JVM, Node.js, Go).
 *
 * <p>Each series is cut into {@value #MIN_SEGMENTS}–{@value #MAX_SEGMENTS} consecutive segments of equal sample
 * counts and only each segment's lowest sample (its floor) is kept, so a garbage-collected heap's saw-tooth reads as
 * its post-collection level. The trend is the Theil–Sen slope of the floors against time; growth is that slope over
 * the series' span, in % of the first floor. A series grows when that growth is at least {@code memoryGrowthPct},
 * its later half grows faster (in %) than the load (active users) over the same half, so memory that follows a
 * ramp of users is not a leak, AND the slope of the later half of the floors is still at least
 * {@value #LATE_SLOPE_SHARE} of the whole one: a warm-up (caches, pools, JIT) that levels off has a flat later half
 * and is not a leak. The growth per 1,000
 * requests answered over the same span says how it relates to work done. One finding for all growing series.
 */
public final class MemoryGrowthRule implements AnalysisRule {

    static final int MIN_POINTS = 12;
    static final int MIN_SEGMENTS = 6;
    static final int MAX_SEGMENTS = 24;
    static final double LATE_SLOPE_SHARE = 0.5;
    private static final double MIB = 1024.0 * 1024.0;

    /** The trend of one memory series. */
    private record Trend(
            MetricSeries series,
            long fromMs,
            long toMs,
            double startBytes,
            double slopePerS,
            double lateSlopePerS,
            long requests,
            double lateGrowthPct,
            double lateLoadGrowthPct) {

        double growthBytes() {
            return slopePerS * (toMs - fromMs) / 1000.0;
        }

        double growthPct() {
            return 100.0 * growthBytes() / Math.max(startBytes, 1);
        }
    }

    @Override
    public String name() {
        return "memory_growth";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<Trend> growing = new ArrayList<>();
        Stream.concat(
                        context.input().series(ServerSeriesIds.RESIDENT_MEMORY).stream(),
                        context.input().series(ServerSeriesIds.HEAP_USED).stream())
                .forEach(series ->
                        trend(series, context).filter(t -> grows(t, context)).ifPresent(growing::add));
        if (growing.isEmpty()) {
            return List.of();
        }
        growing.sort(Comparator.comparingDouble(Trend::growthPct).reversed());
        return List.of(finding(growing, context));
    }

    private static Optional<Trend> trend(MetricSeries series, RuleContext context) {
        List<MetricPoint> points = series.points().stream()
                .filter(p -> Double.isFinite(p.value()))
                .sorted(Comparator.comparingLong(MetricPoint::epochMs))
                .toList();
        if (points.size() < MIN_POINTS) {
            return Optional.empty();
        }
        long fromMs = points.get(0).epochMs();
        long toMs = points.get(points.size() - 1).epochMs();
        if (toMs - fromMs < context.thresholds().memoryMinDurationMs()) {
            return Optional.empty();
        }
        List<MetricPoint> floors = floors(points);
        double slope = slope(floors, fromMs);
        double lateSlope = slope(floors.subList(floors.size() / 2, floors.size()), fromMs);
        long requests = context.input().timeline().stream()
                .filter(s -> s.epochMs() >= fromMs && s.epochMs() <= toMs)
                .mapToLong(SecondSample::responses)
                .sum();
        MetricPoint middle = floors.get(floors.size() / 2);
        double lateGrowthPct = 100.0 * lateSlope * (toMs - middle.epochMs()) / 1000.0 / Math.max(middle.value(), 1);
        return Optional.of(new Trend(
                series,
                fromMs,
                toMs,
                floors.get(0).value(),
                slope,
                lateSlope,
                requests,
                lateGrowthPct,
                loadGrowthPct(context.input().timeline(), floors)));
    }

    private static boolean grows(Trend trend, RuleContext context) {
        return trend.slopePerS() > 0
                && trend.growthPct() >= context.thresholds().memoryGrowthPct()
                && trend.lateSlopePerS() >= LATE_SLOPE_SHARE * trend.slopePerS()
                && trend.lateGrowthPct() > trend.lateLoadGrowthPct();
    }

    /**
     * How much the load grew over the later half of the series, in %: mean active users around the middle floor vs
     * around the last one (0 when it fell or without a timeline). Memory that only follows a rising load
     * (connections, buffers) is not a leak, so the memory's own later-half growth must exceed this.
     */
    private static double loadGrowthPct(List<SecondSample> timeline, List<MetricPoint> floors) {
        long middleFrom = floors.get(floors.size() / 2 - 1).epochMs();
        long middleTo = floors.get(floors.size() / 2 + 1).epochMs();
        long lastStart = floors.get(floors.size() - 2).epochMs();
        double before = timeline.stream()
                .filter(s -> s.epochMs() >= middleFrom && s.epochMs() <= middleTo)
                .mapToLong(SecondSample::activeUsers)
                .average()
                .orElse(0);
        double after = timeline.stream()
                .filter(s -> s.epochMs() >= lastStart)
                .mapToLong(SecondSample::activeUsers)
                .average()
                .orElse(0);
        return before <= 0 ? 0 : Math.max(0, 100.0 * (after - before) / before);
    }

    /** The lowest sample of each of the consecutive segments of equal sample counts. */
    private static List<MetricPoint> floors(List<MetricPoint> points) {
        int segments = Math.max(MIN_SEGMENTS, Math.min(MAX_SEGMENTS, points.size() / 3));
        List<MetricPoint> floors = new ArrayList<>();
        for (int k = 0; k < segments; k++) {
            List<MetricPoint> segment =
                    points.subList(k * points.size() / segments, (k + 1) * points.size() / segments);
            segment.stream().min(Comparator.comparingDouble(MetricPoint::value)).ifPresent(floors::add);
        }
        return floors;
    }

    private static double slope(List<MetricPoint> points, long originMs) {
        double[] x = points.stream()
                .mapToDouble(p -> (p.epochMs() - originMs) / 1000.0)
                .toArray();
        double[] y = points.stream().mapToDouble(MetricPoint::value).toArray();
        return TheilSenSlope.of(x, y);
    }

    private Finding finding(List<Trend> growing, RuleContext context) {
        List<Evidence> evidence = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (Trend t : growing) {
            Map<String, Double> values = new LinkedHashMap<>();
            values.put("start_mib", t.startBytes() / MIB);
            values.put("end_mib", (t.startBytes() + t.growthBytes()) / MIB);
            values.put("growth_pct", t.growthPct());
            values.put("growth_mib_per_min", t.slopePerS() * 60 / MIB);
            values.put("late_growth_mib_per_min", t.lateSlopePerS() * 60 / MIB);
            if (t.requests() > 0) {
                values.put("mib_per_1000_requests", t.growthBytes() / MIB / (t.requests() / 1000.0));
            }
            evidence.add(new Evidence(
                    "server." + t.series().ref(), "metrics", List.of(t.series().ref()), t.fromMs(), t.toMs(), values));
            parts.add(what(t.series()) + " (" + t.series().ref() + ") grew from " + mib(t.startBytes()) + " to "
                    + mib(t.startBytes() + t.growthBytes()) + " (" + Quantities.pct(t.growthPct()) + ") "
                    + context.clock().window(t.fromMs(), t.toMs()) + ", " + mib(t.slopePerS() * 60)
                    + " per minute, still " + mib(t.lateSlopePerS() * 60) + " per minute in the later half"
                    + (t.requests() > 0
                            ? "; " + mib(t.growthBytes() / (t.requests() / 1000.0)) + " per 1000 requests answered"
                            : ""));
        }
        Trend top = growing.get(0);
        return new Finding(
                name(),
                name(),
                Category.RESOURCE,
                Severity.WARNING,
                top.growthPct(),
                "Memory leak suspected: " + what(top.series()) + " grew " + Quantities.pct(top.growthPct())
                        + " and was still growing at the end",
                String.join("; ", parts) + ". Trend of the post-collection floors (Theil–Sen), from "
                        + DataSources.metrics(context.input()) + "; a warm-up that levels off is not reported.",
                "Compare heap dumps (or allocation profiles) taken early and late in the run and look for what keeps "
                        + "accumulating (caches without bounds, listeners, per-connection state).",
                evidence);
    }

    private static String what(MetricSeries series) {
        return ServerSeriesIds.HEAP_USED.equals(series.id()) ? "heap" : "resident memory";
    }

    private static String mib(double bytes) {
        double mib = bytes / MIB;
        return mib >= 1024
                ? String.format(Locale.ROOT, "%.1f GiB", mib / 1024)
                : Quantities.plain(Math.round(mib * 10) / 10.0) + " MiB";
    }
}
