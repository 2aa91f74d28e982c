package dev.stressgate.report.render.view;

import java.util.List;

/** A finding (from the deterministic rules or the AI) with the evidence that supports it. */
public record FindingView(String severity, String title, String detail, String origin, List<String> evidence) {
    public FindingView {
        evidence = List.copyOf(evidence);
    }
}
