package dev.stressgate.report.ai;

import dev.stressgate.report.analysis.SloOutcome;
import dev.stressgate.report.analysis.SloResult;

/** One SLO in ai-analysis.json: the objective, the measured value and the outcome. */
public record SloEntry(
        String evidenceId,
        String metric,
        String scope,
        Double max,
        Double min,
        Double measured,
        SloOutcome outcome,
        String note) {

    static SloEntry of(SloResult r) {
        return new SloEntry(
                r.evidenceId(),
                r.slo().metric().id(),
                r.slo().scope(),
                r.slo().max(),
                r.slo().min(),
                r.measured(),
                r.outcome(),
                r.note());
    }
}
