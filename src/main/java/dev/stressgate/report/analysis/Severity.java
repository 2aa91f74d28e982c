package dev.stressgate.report.analysis;

/**
 * How much a finding weighs on the verdict: INFO never raises it, WARNING and CRITICAL raise it to their level
 * ({@link VerdictCalculator}).
 */
public enum Severity {
    INFO,
    WARNING,
    CRITICAL
}
