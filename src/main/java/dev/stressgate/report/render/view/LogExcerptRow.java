package dev.stressgate.report.render.view;

/** One already-redacted log line of the run window. */
public record LogExcerptRow(String timestamp, String level, String category, String message) {}
