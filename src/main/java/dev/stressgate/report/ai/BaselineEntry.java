package dev.stressgate.report.ai;

import dev.stressgate.report.analysis.BaselineComparison;
import dev.stressgate.report.analysis.BaselineDelta;
import java.util.List;

/**
 * The baseline comparison in ai-analysis.json; {@code failsGate} is what CI should act on, {@code notes} say what
 * could not be compared and why (empty in files written before they existed).
 */
public record BaselineEntry(
        String baselineRunId,
        double tolerancePct,
        boolean failsGate,
        List<BaselineDelta> regressions,
        List<BaselineDelta> improvements,
        List<String> notes) {

    public BaselineEntry {
        regressions = List.copyOf(regressions);
        improvements = List.copyOf(improvements);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    static BaselineEntry of(BaselineComparison c) {
        return new BaselineEntry(
                c.baselineRunId(), c.tolerance().pct(), c.failsGate(), c.regressions(), c.improvements(), c.notes());
    }
}
