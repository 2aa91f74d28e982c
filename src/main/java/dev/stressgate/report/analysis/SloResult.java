package dev.stressgate.report.analysis;

import dev.stressgate.profile.Slo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One SLO judged against the run.
 *
 * @param slo      the objective
 * @param outcome  PASS, FAIL or NO_DATA
 * @param measured measured value, null when NO_DATA
 * @param note     why NO_DATA, or what was measured
 */
public record SloResult(Slo slo, SloOutcome outcome, Double measured, String note) {

    public String evidenceId() {
        return slo.evidenceId();
    }

    /** The SLO as whole-run evidence: the measured value when there is one, and its limits. */
    public Evidence evidence() {
        Map<String, Double> values = new LinkedHashMap<>();
        if (measured != null) {
            values.put("measured", measured);
        }
        if (slo.max() != null) {
            values.put("max", slo.max());
        }
        if (slo.min() != null) {
            values.put("min", slo.min());
        }
        return Evidence.wholeRun(evidenceId(), "slo", List.of(slo.scope()), values);
    }

    /** How far past its limit a failed SLO is, as a ratio (1.0 = at the limit); 0 when not failed. */
    public double breachRatio() {
        if (outcome != SloOutcome.FAIL || measured == null) {
            return 0;
        }
        if (slo.max() != null && measured > slo.max()) {
            return slo.max() == 0 ? Double.MAX_VALUE : measured / slo.max();
        }
        if (slo.min() != null && measured < slo.min()) {
            double shortfall = slo.min() - measured;
            return 1 + shortfall / Math.max(Math.abs(slo.min()), 1e-9);
        }
        return 1;
    }
}
