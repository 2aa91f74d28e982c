package dev.stressgate.report.analysis;

/**
 * One metric of one scope compared with the baseline.
 *
 * @param scope     {@code global} or a request name
 * @param metric    {@code p95_ms}, {@code error_rate_pct} or {@code rps}
 * @param baseline  value in the baseline run
 * @param current   value in this run
 * @param changePct relative change in % (positive = larger now)
 * @param regression true when worse beyond the tolerance, false when better beyond it
 */
public record BaselineDelta(String scope, String metric, double baseline, double current, double changePct,
                            boolean regression) {

    public String evidenceId() {
        return "baseline." + scope + "." + metric;
    }
}
