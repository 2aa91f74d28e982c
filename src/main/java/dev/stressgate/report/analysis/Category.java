package dev.stressgate.report.analysis;

/**
 * What a finding is about; CAPACITY, RESOURCE, LATENCY and INJECTOR findings are reported as bottlenecks. ALERT is a
 * Prometheus alert that fired during the run. INJECTOR is the load generator itself (or its host) limiting the run,
 * not the target. ABORTED is a run that an {@code abort_when} condition stopped early.
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
    ALERT,
    INJECTOR,
    ABORTED;

    public boolean isBottleneck() {
        return this == CAPACITY || this == RESOURCE || this == LATENCY || this == INJECTOR;
    }
}
