package dev.stressgate.report.analysis;

/** How much a finding weighs on the verdict: INFO never raises it, WARNING and CRITICAL raise it to their level. */
public enum Severity {
    INFO(Status.HEALTHY),
    WARNING(Status.WARNING),
    CRITICAL(Status.CRITICAL);

    private final Status status;

    Severity(Status status) {
        this.status = status;
    }

    public Status status() {
        return status;
    }
}
