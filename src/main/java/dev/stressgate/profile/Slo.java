package dev.stressgate.profile;

/**
 * One service level objective: {@code metric} over {@code scope} ({@code global} or a flow id) must stay at most
 * {@code threshold} (upper-bound metrics, written {@code "max"}) or at least {@code threshold} ({@code "min"}).
 */
public record Slo(SloMetric metric, String scope, double threshold) {

    public static final String GLOBAL = "global";

    public boolean isGlobal() {
        return GLOBAL.equals(scope);
    }

    /** {@code max} or {@code min}, the field name used in profile files. */
    public String boundField() {
        return metric.upperBound() ? "max" : "min";
    }
}
