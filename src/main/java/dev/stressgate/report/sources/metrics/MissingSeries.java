package dev.stressgate.report.sources.metrics;

/** A catalog query that produced no data, with the reason. */
public record MissingSeries(String id, String reason) {}
