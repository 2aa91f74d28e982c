package dev.stressgate.report.sources.metrics;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One chart point, written as {@code [epoch_ms, value]}. Only finite values are kept as points. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"epochMs", "value"})
public record Point(long epochMs, double value) {}
