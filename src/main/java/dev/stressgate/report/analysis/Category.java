package dev.stressgate.report.analysis;

/** What a finding is about; CAPACITY, RESOURCE and LATENCY findings are reported as bottlenecks. */
public enum Category {
    HEALTHY,
    SLO,
    ERRORS,
    RATE_LIMIT,
    CAPACITY,
    RESOURCE,
    LATENCY,
    WEBSOCKET,
    REGRESSION;

    public boolean isBottleneck() {
        return this == CAPACITY || this == RESOURCE || this == LATENCY;
    }
}
