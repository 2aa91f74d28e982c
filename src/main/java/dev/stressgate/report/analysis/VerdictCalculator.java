package dev.stressgate.report.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The deterministic status rule:
 * <ol>
 *   <li>CRITICAL when any SLO FAILs, or any finding is CRITICAL (server errors + timeouts at or above
 *       {@code serverErrorCriticalPct} of requests; a baseline regression that fails the gate; a Prometheus alert
 *       with severity critical that fired during the run);</li>
 *   <li>otherwise WARNING when any SLO is NO_DATA (the gate cannot confirm it) or any finding is WARNING
 *       (rate limiting, any 5xx/timeout below the critical share, bursts, knee, resources, WebSocket, slow
 *       recovery, regressions that do not fail the gate, alerts of any severity other than critical, info or none);</li>
 *   <li>otherwise HEALTHY. INFO findings (slowest endpoints, improvements, fast recovery) never raise it.</li>
 * </ol>
 * Each reason names the evidence or finding id it comes from in brackets. SLO breach findings are not repeated
 * as reasons, their SLO result is.
 */
public final class VerdictCalculator {

    public Verdict decide(List<SloResult> slo, List<Finding> findings) {
        List<String> critical = new ArrayList<>();
        List<String> warning = new ArrayList<>();
        for (SloResult r : slo) {
            String what = "SLO " + r.slo().metric().id() + " (" + r.slo().scope() + ")";
            if (r.outcome() == SloOutcome.FAIL) {
                critical.add(what + " failed: "
                        + Quantities.forMetric(r.slo().metric().id(), r.measured())
                        + (r.slo().max() != null && r.measured() > r.slo().max()
                                ? " > max "
                                        + Quantities.forMetric(
                                                r.slo().metric().id(), r.slo().max())
                                : " < min "
                                        + Quantities.forMetric(
                                                r.slo().metric().id(), r.slo().min()))
                        + " [" + r.evidenceId() + "]");
            } else if (r.outcome() == SloOutcome.NO_DATA) {
                warning.add(what + " could not be measured: " + r.note() + " [" + r.evidenceId() + "]");
            }
        }
        for (Finding f : findings) {
            if (f.category() == Category.SLO) {
                continue;
            }
            if (f.severity() == Severity.CRITICAL) {
                critical.add(f.title() + " [" + f.id() + "]");
            } else if (f.severity() == Severity.WARNING) {
                warning.add(f.title() + " [" + f.id() + "]");
            }
        }
        if (!critical.isEmpty()) {
            List<String> reasons = new ArrayList<>(critical);
            reasons.addAll(warning);
            return new Verdict(Status.CRITICAL, reasons);
        }
        if (!warning.isEmpty()) {
            return new Verdict(Status.WARNING, warning);
        }
        long passed = slo.stream().filter(r -> r.outcome() == SloOutcome.PASS).count();
        return new Verdict(Status.HEALTHY, List.of("All " + passed + " SLOs met and no warning findings"));
    }
}
