package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.AnalysisRule;
import dev.stressgate.report.analysis.BaselineComparison;
import dev.stressgate.report.analysis.BaselineDelta;
import dev.stressgate.report.analysis.Category;
import dev.stressgate.report.analysis.Evidence;
import dev.stressgate.report.analysis.Finding;
import dev.stressgate.report.analysis.Quantities;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Regressions and improvements against the baseline run: one finding for all regressions (CRITICAL when one of
 * them fails the gate, see {@link BaselineDelta#gating()}, WARNING otherwise) and one INFO finding for all
 * improvements. Each delta is beyond the tolerance and significant ({@link dev.stressgate.report.analysis.BaselineComparator});
 * a regression is a symptom, ranked after every cause.
 */
public final class BaselineRegressionRule implements AnalysisRule {

    @Override
    public String name() {
        return "baseline";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        if (context.baseline().isEmpty()) {
            return List.of();
        }
        BaselineComparison comparison = context.baseline().get();
        List<Finding> findings = new ArrayList<>();
        if (!comparison.regressions().isEmpty()) {
            findings.add(finding(
                    "baseline.regressions",
                    comparison.regressions(),
                    comparison,
                    comparison.failsGate() ? Severity.CRITICAL : Severity.WARNING,
                    "Regression"));
        }
        if (!comparison.improvements().isEmpty()) {
            findings.add(finding(
                    "baseline.improvements", comparison.improvements(), comparison, Severity.INFO, "Improvement"));
        }
        return findings;
    }

    private Finding finding(
            String id, List<BaselineDelta> deltas, BaselineComparison comparison, Severity severity, String kind) {
        List<Evidence> evidence = deltas.stream().map(this::evidence).toList();
        String list = deltas.stream().map(BaselineRegressionRule::describe).collect(Collectors.joining("; "));
        double worst =
                deltas.stream().mapToDouble(d -> Math.abs(d.changePct())).max().orElse(0);
        return new Finding(
                id,
                name(),
                Category.REGRESSION,
                severity,
                worst,
                kind + (deltas.size() == 1 ? "" : "s") + " against baseline " + comparison.baselineRunId() + ": "
                        + deltas.size(),
                list + " (tolerance " + Quantities.pct(comparison.tolerance().pct()) + ", at least "
                        + comparison.tolerance().minSamples() + " responses per run, one-sided p < "
                        + comparison.tolerance().significance() + ").",
                severity == Severity.INFO
                        ? "Keep the change that caused the improvement; refresh the baseline."
                        : "Bisect the changes since " + comparison.baselineRunId() + " on the regressed requests.",
                evidence);
    }

    private Evidence evidence(BaselineDelta d) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("baseline", d.baseline());
        values.put("current", d.current());
        values.put("change_pct", d.changePct());
        if (d.pValue() != null) {
            values.put("p_value", d.pValue());
        }
        return Evidence.wholeRun(d.evidenceId(), "baseline", List.of(d.scope()), values);
    }

    private static String describe(BaselineDelta d) {
        return d.scope() + " " + d.metric() + " " + Quantities.forMetric(d.metric(), d.baseline()) + " -> "
                + Quantities.forMetric(d.metric(), d.current()) + " (" + (d.changePct() >= 0 ? "+" : "")
                + Quantities.pct(d.changePct()) + (d.pValue() != null ? ", p " + pValue(d.pValue()) : "") + ")";
    }

    private static String pValue(double p) {
        return p < 0.0001 ? "< 0.0001" : String.format(java.util.Locale.ROOT, "%.4f", p);
    }
}
