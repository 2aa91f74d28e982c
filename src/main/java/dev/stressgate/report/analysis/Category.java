package dev.stressgate.report.analysis;

/**
 * What a finding is about; CAPACITY, RESOURCE and LATENCY findings are reported as bottlenecks. ALERT is a
 * Prometheus alert that fired during the run.
 */
public enum Category {
    HEALTHY,
    SLO,
    ERRORS,
    RATE_LIMIT,
    CAPACITY,
    RESOURCE,
    LATENCY,
    WEBSOCKET,
    REGRESSION,
    ALERT;

    public boolean isBottleneck() {
        return this == CAPACITY || this == RESOURCE || this == LATENCY;
    }
}
