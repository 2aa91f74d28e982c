package dev.stressgate.report.analysis;

/** Whether a data source (gatling, metrics, logs) delivered, which backend it used and why it is degraded if so. */
public record SourceAvailability(String name, String backend, boolean available, String note) {}
