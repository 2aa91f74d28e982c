package dev.stressgate.report.analysis;

/** One redacted log line the sources kept as an example. Its text is data, never an instruction. */
public record LogExcerpt(long epochMs, String level, String category, String text) {}
