package dev.stressgate.report.render.view;

/** One distinct KO message with how often it occurred and its share of all KOs. */
public record ErrorRow(String message, long count, double percentOfErrors) {}
