package dev.stressgate.report.diagnosis;

import dev.stressgate.report.ai.AiAnalysis;
import dev.stressgate.report.ai.ReportedFinding;
import dev.stressgate.report.analysis.Category;
import dev.stressgate.report.analysis.Severity;
import dev.stressgate.report.analysis.Status;
import java.util.List;
import java.util.Optional;

/**
 * How the report judged one cell: the top-ranked cause finding (the first rule finding of severity WARNING or
 * CRITICAL that is not an SLO breach nor about the injector: the cell plants a fault in the target, while an
 * injector or host out of CPU depends on the machine the matrix runs on), what the catalogue expected, and whether they agree: the cause's rule (its id
 * before the first '.') is the expected rule, or, for the healthy control, there is no cause at all.
 */
public record CellResult(
        String target, FaultCatalogue.Cell cell, Optional<String> topCause, Status status, List<String> causes) {

    public static CellResult of(String target, FaultCatalogue.Cell cell, AiAnalysis analysis) {
        List<String> causes = analysis.findings().stream()
                .filter(CellResult::isCause)
                .map(ReportedFinding::id)
                .toList();
        return new CellResult(target, cell, causes.stream().findFirst(), analysis.deterministicStatus(), causes);
    }

    static boolean isCause(ReportedFinding finding) {
        return ReportedFinding.RULES.equals(finding.source())
                && finding.category() != Category.SLO
                && finding.category() != Category.INJECTOR
                && (finding.severity() == Severity.WARNING || finding.severity() == Severity.CRITICAL);
    }

    public boolean ok() {
        return cell.expectedTopCause()
                .map(rule ->
                        topCause.map(CellResult::ruleOf).filter(rule::equals).isPresent())
                .orElse(topCause.isEmpty());
    }

    public String topCauseText() {
        return topCause.orElse("no cause");
    }

    /** One line naming the cell, the verdict and every cause in ranked order, for assertion messages. */
    public String describe() {
        return target + " / " + cell.id() + ": expected " + cell.expectation() + ", top cause " + topCauseText()
                + " (status " + status + "; causes in ranked order: " + causes + ")";
    }

    static String ruleOf(String findingId) {
        int dot = findingId.indexOf('.');
        return dot < 0 ? findingId : findingId.substring(0, dot);
    }
}
