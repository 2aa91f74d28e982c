package dev.stressgate.report.analysis;

import java.util.Objects;

/**
 * One service level objective of the run's profile: {@code metric} over {@code scope} ({@code global} or a flow)
 * must stay at most {@code max} and/or at least {@code min}.
 */
public record Slo(String metric, String scope, Double max, Double min) {

    public static final String GLOBAL = "global";

    public Slo {
        Objects.requireNonNull(metric, "metric");
        scope = scope == null ? GLOBAL : scope;
        if (max == null && min == null) {
            throw new IllegalArgumentException("SLO " + metric + " (" + scope + ") has neither max nor min");
        }
    }

    public static Slo max(String metric, String scope, double max) {
        return new Slo(metric, scope, max, null);
    }

    public static Slo min(String metric, String scope, double min) {
        return new Slo(metric, scope, null, min);
    }

    /** Stable evidence id of this SLO's result, e.g. {@code slo.global.p95_ms}. */
    public String evidenceId() {
        return "slo." + scope + "." + metric;
    }
}
