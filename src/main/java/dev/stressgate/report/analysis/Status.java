package dev.stressgate.report.analysis;

/** Verdict of a run, ordered from best to worst so verdicts can be combined with {@link #worst}. */
public enum Status {
    HEALTHY,
    WARNING,
    CRITICAL;

    public Status worst(Status other) {
        return other.compareTo(this) > 0 ? other : this;
    }

    public boolean isAtLeast(Status other) {
        return compareTo(other) >= 0;
    }
}
