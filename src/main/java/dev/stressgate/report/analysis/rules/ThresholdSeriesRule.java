package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.AnalysisRule;
import dev.stressgate.report.analysis.Category;
import dev.stressgate.report.analysis.Evidence;
import dev.stressgate.report.analysis.Finding;
import dev.stressgate.report.analysis.MetricSeries;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.RunClock;
import dev.stressgate.report.analysis.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shared shape of the resource rules: a server series that stays at or above a threshold for
 * {@code sustainedSamples} consecutive samples is a WARNING with that window as evidence. Subclasses say which
 * series, which threshold and how to word it.
 */
abstract class ThresholdSeriesRule implements AnalysisRule {

    protected abstract String seriesId();

    protected abstract double threshold(RuleContext context);

    protected abstract String title(MetricSeries series, SustainedExcess excess, double threshold);

    protected abstract String nextAction();

    protected Category category() {
        return Category.RESOURCE;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        double threshold = threshold(context);
        List<Finding> findings = new ArrayList<>();
        for (MetricSeries series : context.input().series(seriesId())) {
            Optional<SustainedExcess> excess = SustainedExcess.longest(
                    series, threshold, context.thresholds().sustainedSamples());
            excess.ifPresent(e ->
                    findings.add(finding(series, e, threshold, context.clock(), DataSources.metrics(context.input()))));
        }
        return findings;
    }

    private Finding finding(MetricSeries series, SustainedExcess e, double threshold, RunClock clock, String source) {
        String evidenceId = "server." + series.ref();
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("peak", e.peak());
        values.put("threshold", threshold);
        values.put("samples", (double) e.samples());
        Evidence evidence = new Evidence(evidenceId, "metrics", List.of(series.ref()), e.fromMs(), e.toMs(), values);
        String title = title(series, e, threshold);
        return new Finding(
                name() + "." + series.ref(),
                name(),
                category(),
                Severity.WARNING,
                e.peak() / Math.max(threshold, 1e-9),
                title,
                title + ": " + e.samples() + " consecutive samples " + clock.window(e.fromMs(), e.toMs()) + " ("
                        + series.title() + ", unit " + series.unit() + "; " + source + ").",
                nextAction(),
                List.of(evidence));
    }
}
