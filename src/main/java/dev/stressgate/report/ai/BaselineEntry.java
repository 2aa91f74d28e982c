package dev.stressgate.report.ai;

import dev.stressgate.report.analysis.BaselineComparison;
import dev.stressgate.report.analysis.BaselineDelta;

import java.util.List;

/** The baseline comparison in ai-analysis.json; {@code failsGate} is what CI should act on. */
public record BaselineEntry(String baselineRunId, double tolerancePct, boolean failsGate,
                            List<BaselineDelta> regressions, List<BaselineDelta> improvements) {

    public BaselineEntry {
        regressions = List.copyOf(regressions);
        improvements = List.copyOf(improvements);
    }

    static BaselineEntry of(BaselineComparison c) {
        return new BaselineEntry(c.baselineRunId(), c.tolerance().pct(), c.failsGate(), c.regressions(), c.improvements());
    }
}
