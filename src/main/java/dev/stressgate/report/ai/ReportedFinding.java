package dev.stressgate.report.ai;

import dev.stressgate.report.analysis.Category;
import dev.stressgate.report.analysis.Evidence;
import dev.stressgate.report.analysis.Finding;
import dev.stressgate.report.analysis.Severity;
import java.util.List;

/**
 * A finding of ai-analysis.json: from the rules ({@code source=rules}, with severity and category) or from the
 * model ({@code source=model}, validated, severity and category null). {@code evidence} holds evidence ids,
 * resolved in the top-level {@code evidence} map.
 */
public record ReportedFinding(
        String id,
        String source,
        Severity severity,
        Category category,
        String title,
        String detail,
        String nextAction,
        List<String> evidence) {

    public static final String RULES = "rules";
    public static final String MODEL = "model";

    public ReportedFinding {
        evidence = List.copyOf(evidence);
    }

    static ReportedFinding fromRule(Finding f) {
        return new ReportedFinding(
                f.id(),
                RULES,
                f.severity(),
                f.category(),
                f.title(),
                f.detail(),
                f.nextAction(),
                f.evidence().stream().map(Evidence::id).toList());
    }

    static ReportedFinding fromModel(int index, ModelFinding f) {
        return new ReportedFinding(
                "model." + (index + 1), MODEL, null, null, f.title(), f.detail(), null, f.evidence());
    }
}
