package dev.stressgate.profile;

import java.util.Objects;

/**
 * One service level objective: {@code metric} over {@code scope} ({@code global} or a flow name) must stay at most
 * {@code threshold} (upper-bound metrics, written {@code "max"}) or at least {@code threshold} ({@code "min"}).
 */
public record Slo(SloMetric metric, String scope, double threshold) {

    public static final String GLOBAL = "global";

    public Slo {
        Objects.requireNonNull(metric, "metric");
        scope = scope == null ? GLOBAL : scope;
    }

    public boolean isGlobal() {
        return GLOBAL.equals(scope);
    }

    /** {@code max} or {@code min}, the field name used in profile files. */
    public String boundField() {
        return metric.upperBound() ? "max" : "min";
    }

    /** The upper limit, or null for a metric bounded from below. */
    public Double max() {
        return metric.upperBound() ? threshold : null;
    }

    /** The lower limit, or null for a metric bounded from above. */
    public Double min() {
        return metric.upperBound() ? null : threshold;
    }

    /** Whether a measured value misses the objective. */
    public boolean missedBy(double measured) {
        return metric.upperBound() ? measured > threshold : measured < threshold;
    }

    /** Stable evidence id of this SLO's result, e.g. {@code slo.global.p95_ms}. */
    public String evidenceId() {
        return "slo." + scope + "." + metric.id();
    }
}
