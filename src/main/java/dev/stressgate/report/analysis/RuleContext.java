package dev.stressgate.report.analysis;

import java.util.List;
import java.util.Optional;

/** What every rule sees: the input, the thresholds, the SLO results and the baseline comparison if there is one. */
public record RuleContext(
        AnalysisInput input,
        AnalysisThresholds thresholds,
        List<SloResult> slo,
        Optional<BaselineComparison> baseline) {

    public RuleContext {
        slo = List.copyOf(slo);
    }

    /** Formats times of this run for finding texts. */
    public RunClock clock() {
        return RunClock.of(input.run());
    }
}
