package dev.stressgate.report.analysis;

/** One sample of a server metric series. */
public record MetricPoint(long epochMs, double value) {}
