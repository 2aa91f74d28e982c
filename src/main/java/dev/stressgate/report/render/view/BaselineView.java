package dev.stressgate.report.render.view;

import java.util.List;

/** Comparison with a baseline run, or why there is none ({@code note}, rows empty). */
public record BaselineView(String baselineRunId, List<BaselineRow> rows, String note) {
    public BaselineView {
        rows = List.copyOf(rows);
    }
}
