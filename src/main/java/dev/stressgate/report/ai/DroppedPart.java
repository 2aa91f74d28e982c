package dev.stressgate.report.ai;

/** A part of the model's answer that failed validation, e.g. {@code findings[1]}, and why. */
public record DroppedPart(String part, String reason) {}
