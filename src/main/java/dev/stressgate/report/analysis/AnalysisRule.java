package dev.stressgate.report.analysis;

import java.util.List;

/** One deterministic rule: returns its findings, or nothing when its condition does not hold. */
public interface AnalysisRule {

    String name();

    List<Finding> evaluate(RuleContext context);
}
