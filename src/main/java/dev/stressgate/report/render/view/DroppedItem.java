package dev.stressgate.report.render.view;

/** Something the AI answered that the report did not keep, and why (e.g. "cites metric absent from the run"). */
public record DroppedItem(String item, String reason) {}
