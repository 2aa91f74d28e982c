package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.AnalysisRule;
import dev.stressgate.report.analysis.Category;
import dev.stressgate.report.analysis.Evidence;
import dev.stressgate.report.analysis.Finding;
import dev.stressgate.report.analysis.MetricSeries;
import dev.stressgate.report.analysis.Quantities;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.ServerSeriesIds;
import dev.stressgate.report.analysis.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Slow database operations: every line of the database p95 series at or above {@code dbLatencyP95Ms} for
 * {@code sustainedSamples} consecutive samples. The series keeps the histogram's own labels (all but {@code le} and
 * the target's {@code instance}/{@code job}), so each line is one operation whatever the target calls the label
 * ({@code operation}, {@code query}, {@code op}, {@code name}, {@code statement}, ...). One finding names the slow
 * operations, slowest first, with one evidence item each; the first is the slowest.
 */
public final class DatabaseLatencyRule implements AnalysisRule {
    static final String NAME = "db_latency";

    /** A slow operation: its series line and its longest sustained excess. */
    private record SlowOperation(MetricSeries series, SustainedExcess excess) {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        double threshold = context.thresholds().dbLatencyP95Ms();
        List<SlowOperation> slow = new ArrayList<>();
        for (MetricSeries series : context.input().series(ServerSeriesIds.DB_LATENCY_P95)) {
            SustainedExcess.longest(series, threshold, context.thresholds().sustainedSamples())
                    .ifPresent(e -> slow.add(new SlowOperation(series, e)));
        }
        if (slow.isEmpty()) {
            return List.of();
        }
        slow.sort(Comparator.comparingDouble((SlowOperation s) -> s.excess().peak())
                .reversed()
                .thenComparing(s -> s.series().ref()));
        List<Evidence> evidence = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (SlowOperation s : slow) {
            Map<String, Double> values = new LinkedHashMap<>();
            values.put("peak", s.excess().peak());
            values.put("threshold", threshold);
            values.put("samples", (double) s.excess().samples());
            evidence.add(new Evidence(
                    "server." + s.series().ref(),
                    "metrics",
                    List.of(s.series().ref()),
                    s.excess().fromMs(),
                    s.excess().toMs(),
                    values));
            parts.add(operation(s.series()) + ": p95 up to "
                    + Quantities.ms(s.excess().peak()) + " for "
                    + s.excess().samples() + " consecutive samples "
                    + context.clock().window(s.excess().fromMs(), s.excess().toMs()));
        }
        SlowOperation worst = slow.get(0);
        String names = slow.stream().map(s -> operation(s.series())).collect(Collectors.joining(", "));
        return List.of(new Finding(
                name() + "." + ServerSeriesIds.DB_LATENCY_P95,
                name(),
                Category.RESOURCE,
                Severity.WARNING,
                worst.excess().peak() / Math.max(threshold, 1e-9),
                "Slow database queries: p95 up to "
                        + Quantities.ms(worst.excess().peak()) + " (threshold " + Quantities.ms(threshold) + ") on "
                        + names,
                String.join("; ", parts) + " (" + worst.series().title() + ", " + DataSources.metrics(context.input())
                        + ").",
                "Look at the plans, indexes and lock waits of the operations named, slowest first.",
                evidence));
    }

    /** The operation a line stands for: its label value ({@code feed_query}), or every label when it has several. */
    private static String operation(MetricSeries series) {
        if (series.labels().isEmpty()) {
            return "all operations";
        }
        return series.labels().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> series.labels().size() == 1 ? e.getValue() : e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }
}
