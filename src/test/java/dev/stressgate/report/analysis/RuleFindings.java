package dev.stressgate.report.analysis;

import java.util.List;

/** Findings of one rule in the analysis of a fixture run. */
final class RuleFindings {

    private RuleFindings() {}

    static List<Finding> of(RunFixture run, String rule) {
        return run.analyze().findings().stream()
                .filter(f -> rule.equals(f.rule()))
                .toList();
    }

    static Evidence evidence(Finding finding, String id) {
        return finding.evidence().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no evidence " + id + " in " + finding.evidence()));
    }
}
