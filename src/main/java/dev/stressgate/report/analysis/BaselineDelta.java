package dev.stressgate.report.analysis;

import dev.stressgate.profile.Slo;

/**
 * One metric of one scope compared with the baseline.
 *
 * @param scope     {@code global} or a request name
 * @param metric    {@code p95_ms}, {@code error_rate_pct} or {@code rps}
 * @param baseline  value in the baseline run
 * @param current   value in this run
 * @param changePct relative change in % (positive = larger now)
 * @param regression true when worse beyond the tolerance, false when better beyond it
 * @param pValue    one-sided p-value of the test that the change is not noise (Mann-Whitney U for latency, Fisher's
 *                  exact test for errors); null for throughput, which has one figure per run
 */
public record BaselineDelta(
        String scope,
        String metric,
        double baseline,
        double current,
        double changePct,
        boolean regression,
        Double pValue) {

    /**
     * Whether this delta may fail the gate: a regression of the whole run's p95 or error rate. Per-request deltas
     * rest on fewer samples, and throughput under a closed model follows the injection rather than the server, so
     * both are reported (WARNING) but never fail a build on their own; a real slowdown shows in the global p95.
     */
    public boolean gating() {
        return regression && Slo.GLOBAL.equals(scope) && !"rps".equals(metric);
    }

    public String evidenceId() {
        return "baseline." + scope + "." + metric;
    }
}
