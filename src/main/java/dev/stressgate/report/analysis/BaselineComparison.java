package dev.stressgate.report.analysis;

import java.util.List;

/**
 * The run compared with its baseline: only the deltas beyond the tolerance are kept.
 *
 * @param baselineRunId the run compared with
 * @param tolerance     what counted as a change
 * @param deltas        regressions and improvements
 * @param notes         what could not be compared and why (too few samples, no stored distributions)
 */
public record BaselineComparison(
        String baselineRunId, BaselineTolerance tolerance, List<BaselineDelta> deltas, List<String> notes) {

    public BaselineComparison {
        deltas = List.copyOf(deltas);
        notes = List.copyOf(notes);
    }

    public List<BaselineDelta> regressions() {
        return deltas.stream().filter(BaselineDelta::regression).toList();
    }

    public List<BaselineDelta> improvements() {
        return deltas.stream().filter(d -> !d.regression()).toList();
    }

    /** The regressions that may fail the gate ({@link BaselineDelta#gating()}). */
    public List<BaselineDelta> gatingRegressions() {
        return deltas.stream().filter(BaselineDelta::gating).toList();
    }

    /** True when a global p95 or error-rate regression exists and the tolerance says regressions fail the gate. */
    public boolean failsGate() {
        return tolerance.failOnRegression() && !gatingRegressions().isEmpty();
    }
}
