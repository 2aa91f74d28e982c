package dev.stressgate.report.analysis;

import dev.stressgate.profile.Slo;
import java.util.List;

/** Judges each SLO of the run's profile against the measured value. */
public final class SloEvaluator {

    public List<SloResult> evaluate(AnalysisInput input) {
        return input.slos().stream().map(slo -> evaluate(slo, input)).toList();
    }

    private SloResult evaluate(Slo slo, AnalysisInput input) {
        Measurement m = SloMeasurements.measure(slo, input);
        if (!m.present()) {
            return new SloResult(slo, SloOutcome.NO_DATA, null, m.note());
        }
        double value = m.value();
        return new SloResult(slo, slo.missedBy(value) ? SloOutcome.FAIL : SloOutcome.PASS, value, m.note());
    }
}
