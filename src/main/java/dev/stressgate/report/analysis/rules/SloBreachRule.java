package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.AnalysisRule;
import dev.stressgate.report.analysis.Category;
import dev.stressgate.report.analysis.Finding;
import dev.stressgate.report.analysis.Quantities;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.Severity;
import dev.stressgate.report.analysis.SloOutcome;
import dev.stressgate.report.analysis.SloResult;
import java.util.List;

/** One CRITICAL finding per failed SLO, scored by how far past its limit it is. */
public final class SloBreachRule implements AnalysisRule {

    @Override
    public String name() {
        return "slo_breach";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        return context.slo().stream()
                .filter(r -> r.outcome() == SloOutcome.FAIL)
                .map(this::finding)
                .toList();
    }

    private Finding finding(SloResult r) {
        String metric = r.slo().metric().id();
        boolean overMax = r.slo().max() != null && r.measured() > r.slo().max();
        double limit = overMax ? r.slo().max() : r.slo().min();
        String measured = Quantities.forMetric(metric, r.measured());
        String limitText = Quantities.forMetric(metric, limit);
        return new Finding(
                name() + "." + r.slo().scope() + "." + metric,
                name(),
                Category.SLO,
                Severity.CRITICAL,
                r.breachRatio(),
                "SLO " + metric + " (" + r.slo().scope() + ") missed: " + measured + (overMax ? " > " : " < ")
                        + limitText,
                "Measured " + measured + " (" + r.note() + ") against a limit of " + limitText + ".",
                "Look at the findings below for what drove " + metric + " past its limit before relaxing the SLO.",
                List.of(r.evidence()));
    }
}
