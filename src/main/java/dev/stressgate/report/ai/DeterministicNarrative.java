package dev.stressgate.report.ai;

import dev.stressgate.report.analysis.Analysis;
import dev.stressgate.report.analysis.Finding;
import dev.stressgate.report.analysis.Severity;
import dev.stressgate.report.analysis.SloOutcome;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Summary, bottlenecks and next actions taken from the rules alone ({@code templates/deterministic-summary.ftl}),
 * for when the model is off, failed, or its parts were dropped.
 */
final class DeterministicNarrative {

    private final TextTemplates templates;

    DeterministicNarrative(TextTemplates templates) {
        this.templates = templates;
    }

    String summary(Analysis analysis) {
        Map<String, Object> model = new HashMap<>();
        model.put("status", analysis.status().name());
        model.put("total", analysis.slo().size());
        model.put("passed", count(analysis, SloOutcome.PASS));
        model.put("failed", count(analysis, SloOutcome.FAIL));
        model.put("noData", count(analysis, SloOutcome.NO_DATA));
        List<Finding> notable = analysis.findings().stream()
                .filter(f -> !f.id().equals("healthy"))
                .toList();
        if (!notable.isEmpty()) {
            model.put("top", notable.get(0).title());
            model.put("more", notable.size() - 1);
        }
        analysis.baseline()
                .filter(b -> !b.regressions().isEmpty())
                .ifPresent(b -> model.put(
                        "baseline",
                        b.regressions().size() + " regression(s) against " + b.baselineRunId()
                                + (b.failsGate() ? ", which fail the gate." : ".")));
        return templates.render("deterministic-summary.ftl", model).strip();
    }

    List<String> bottlenecks(Analysis analysis) {
        return analysis.findings().stream()
                .filter(f -> f.category().isBottleneck())
                .map(Finding::title)
                .toList();
    }

    List<String> nextActions(Analysis analysis) {
        return analysis.findings().stream()
                .filter(f ->
                        f.severity() != Severity.INFO || analysis.findings().size() == 1)
                .map(Finding::nextAction)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    private static long count(Analysis analysis, SloOutcome outcome) {
        return analysis.slo().stream().filter(r -> r.outcome() == outcome).count();
    }
}
