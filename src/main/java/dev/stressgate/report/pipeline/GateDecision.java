package dev.stressgate.report.pipeline;

import dev.stressgate.report.ai.AiAnalysis;
import dev.stressgate.report.ai.BaselineEntry;
import dev.stressgate.report.analysis.Quantities;
import dev.stressgate.report.analysis.Status;
import dev.stressgate.run.RunDirectory;
import java.nio.file.Path;

/**
 * The CI verdict of one run, from its ai-analysis.json. The gate follows the deterministic status only (a model
 * must not fail a build on its own): it fails when that status is CRITICAL, which covers failed SLOs, critical
 * findings (a critical Prometheus alert that fired during the run among them) and a baseline regression that fails
 * the gate. WARNING passes, with its reasons in the explanation,
 * which also states the baseline comparison and, when server metrics or logs were missing, that the verdict rests
 * on less data and which checks could not run.
 *
 * @param explanation one paragraph for the CI log
 */
public record GateDecision(boolean passed, String explanation) {
    /** The gate's one rule, also how a later report knows this run may serve as its baseline. */
    public static boolean passes(AiAnalysis analysis) {
        return analysis.deterministicStatus() != Status.CRITICAL;
    }

    public static GateDecision of(AiAnalysis analysis, Path runDir) {
        boolean passed = passes(analysis);
        StringBuilder text = new StringBuilder()
                .append(passed ? "GATE PASSED: " : "GATE FAILED: ")
                .append("run ")
                .append(analysis.runId())
                .append(" (profile ")
                .append(analysis.profile())
                .append(") is ")
                .append(analysis.deterministicStatus());
        if (analysis.status() != analysis.deterministicStatus()) {
            text.append(" by the rules (")
                    .append(analysis.status())
                    .append(" with the AI analysis, which does not gate)");
        }
        if (!analysis.deterministicReasons().isEmpty()) {
            text.append(" because: ").append(String.join("; ", analysis.deterministicReasons()));
        }
        BaselineEntry baseline = analysis.baseline();
        text.append(
                baseline == null
                        ? ". No baseline run to compare with"
                        : ". Against baseline " + baseline.baselineRunId() + ": "
                                + baseline.regressions().size()
                                + " regression(s) beyond " + Quantities.pct(baseline.tolerancePct())
                                + (baseline.failsGate()
                                        ? ", which fail the gate"
                                        : baseline.regressions().isEmpty()
                                                ? ""
                                                : ", none of which fail the gate (only the whole run's p95 and error rate do)"));
        if (baseline != null && !baseline.notes().isEmpty()) {
            text.append(" (").append(String.join("; ", baseline.notes())).append(")");
        }
        String coverage =
                analysis.coverage() == null ? null : analysis.coverage().headline();
        if (coverage != null) {
            text.append(". ").append(coverage, 0, coverage.length() - 1);
        }
        text.append(". Report: ").append(RunDirectory.at(runDir).reportHtml());
        return new GateDecision(passed, text.toString());
    }
}
