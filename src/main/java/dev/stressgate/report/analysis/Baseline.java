package dev.stressgate.report.analysis;

/** The run the current one is compared with: its id and its client statistics. */
public record Baseline(String runId, ClientSnapshot client) {}
