package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.AnalysisRule;
import dev.stressgate.report.analysis.Category;
import dev.stressgate.report.analysis.Evidence;
import dev.stressgate.report.analysis.Finding;
import dev.stressgate.report.analysis.MetricPoint;
import dev.stressgate.report.analysis.MetricSeries;
import dev.stressgate.report.analysis.Quantities;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.RunInfo;
import dev.stressgate.report.analysis.ServerSeriesIds;
import dev.stressgate.report.analysis.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Memory growth across the run: the heap floor (lowest sample, i.e. after GC) of the last quarter of the run vs
 * that of the first quarter. In a soak run (a profile whose name contains {@code soak}, or at least
 * {@code soakMinDurationMs} long), growth of at least {@code memoryGrowthPct} is a leak suspicion (WARNING). A
 * shorter run says nothing here: its growth cannot be told from warm-up (JIT, caches, pools filling, an in-process
 * load generator sharing the heap), and a rule stays silent when its condition cannot be judged. Needs at least
 * {@value #MIN_POINTS} samples.
 */
public final class MemoryGrowthRule implements AnalysisRule {

    private static final int MIN_POINTS = 8;

    @Override
    public String name() {
        return "memory_growth";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        if (!soak(context)) {
            return findings;
        }
        for (MetricSeries series : context.input().series(ServerSeriesIds.HEAP_USED)) {
            List<MetricPoint> points = series.points().stream().filter(p -> Double.isFinite(p.value()))
                    .sorted(Comparator.comparingLong(MetricPoint::epochMs)).toList();
            if (points.size() < MIN_POINTS) {
                continue;
            }
            int quarter = points.size() / 4;
            List<MetricPoint> first = points.subList(0, quarter);
            List<MetricPoint> last = points.subList(points.size() - quarter, points.size());
            double startFloor = first.stream().mapToDouble(MetricPoint::value).min().orElseThrow();
            double endFloor = last.stream().mapToDouble(MetricPoint::value).min().orElseThrow();
            double growthPct = 100.0 * (endFloor - startFloor) / Math.max(startFloor, 1);
            if (growthPct >= context.thresholds().memoryGrowthPct()) {
                findings.add(finding(series, points, startFloor, endFloor, growthPct));
            }
        }
        return findings;
    }

    private boolean soak(RuleContext context) {
        RunInfo run = context.input().run();
        return "soak".equalsIgnoreCase(run.profileKind()) || run.durationMs() >= context.thresholds().soakMinDurationMs();
    }

    private Finding finding(MetricSeries series, List<MetricPoint> points, double startFloor, double endFloor,
                            double growthPct) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("start_floor", startFloor);
        values.put("end_floor", endFloor);
        values.put("growth_pct", growthPct);
        Evidence evidence = new Evidence("server." + series.ref(), "metrics", List.of(series.ref()),
                points.get(0).epochMs(), points.get(points.size() - 1).epochMs(), values);
        return new Finding(name() + "." + series.ref(), name(), Category.RESOURCE, Severity.WARNING,
                growthPct, "Memory leak suspected: heap floor grew " + Quantities.pct(growthPct),
                "The lowest heap sample of the last quarter of the run (" + Quantities.plain(endFloor) + " " + series.unit()
                        + ") is " + Quantities.pct(growthPct) + " above that of the first quarter ("
                        + Quantities.plain(startFloor) + " " + series.unit() + ").",
                "Take heap dumps early and late in a soak run and compare the dominant retained objects.",
                List.of(evidence));
    }
}
