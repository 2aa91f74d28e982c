package dev.stressgate.report.analysis;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The deterministic analysis of a run.
 *
 * @param status   deterministic status
 * @param reasons  why, most severe first
 * @param slo      every SLO of the profile with its outcome
 * @param findings ranked: severity first, then score, then id
 * @param slowest  slowest endpoints with their share of total time (always computed, a finding only when slow)
 * @param baseline comparison with the baseline run, if there was one
 * @param coverage which sources the verdict rests on and which checks could not run
 */
public record Analysis(
        Status status,
        List<String> reasons,
        List<SloResult> slo,
        List<Finding> findings,
        List<EndpointShare> slowest,
        Optional<BaselineComparison> baseline,
        Coverage coverage) {

    public Analysis {
        reasons = List.copyOf(reasons);
        slo = List.copyOf(slo);
        findings = List.copyOf(findings);
        slowest = List.copyOf(slowest);
    }

    /** True when the gate fails: the status is CRITICAL (which includes a baseline regression that fails the gate). */
    public boolean failsGate() {
        return status == Status.CRITICAL;
    }

    /** Every evidence id a finding rests on, plus every SLO's evidence id. */
    public List<String> evidenceIds() {
        return Stream.concat(
                        slo.stream().map(SloResult::evidenceId),
                        findings.stream().flatMap(f -> f.evidence().stream()).map(Evidence::id))
                .distinct()
                .toList();
    }
}
