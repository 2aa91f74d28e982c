package dev.stressgate.report.analysis;

import java.util.List;

/** Judges each SLO of the run's profile against the measured value. */
public final class SloEvaluator {

    public List<SloResult> evaluate(AnalysisInput input) {
        return input.slos().stream().map(slo -> evaluate(slo, input)).toList();
    }

    private SloResult evaluate(Slo slo, AnalysisInput input) {
        Measurement m = SloMetrics.measure(slo.metric(), slo.scope(), input);
        if (!m.present()) {
            return new SloResult(slo, SloOutcome.NO_DATA, null, m.note());
        }
        double value = m.value();
        boolean tooHigh = slo.max() != null && value > slo.max();
        boolean tooLow = slo.min() != null && value < slo.min();
        return new SloResult(slo, tooHigh || tooLow ? SloOutcome.FAIL : SloOutcome.PASS, value, m.note());
    }
}
