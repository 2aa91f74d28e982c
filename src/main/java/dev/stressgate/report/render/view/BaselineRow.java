package dev.stressgate.report.render.view;

/**
 * One metric compared with the baseline run; values are display strings with units, {@code verdict} is
 * REGRESSION or IMPROVEMENT (unchanged metrics are not listed).
 */
public record BaselineRow(String metric, String baseline, String current, String change, String verdict) {}
