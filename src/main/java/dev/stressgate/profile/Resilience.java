package dev.stressgate.profile;

/** Resilience objective of a fault-injection run: share of successful requests under faults, in percent. */
public record Resilience(double minSuccessPct) {

    /** The same objective as a global {@code success_rate_pct} SLO, so it is judged like every other SLO. */
    public Slo asSlo() {
        return new Slo(SloMetric.SUCCESS_RATE_PCT, Slo.GLOBAL, minSuccessPct);
    }
}
