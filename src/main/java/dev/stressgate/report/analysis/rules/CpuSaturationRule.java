package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.MetricSeries;
import dev.stressgate.report.analysis.Quantities;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.ServerSeriesIds;

/** Server CPU at or above {@code cpuSaturationPct} of the available cores, sustained. */
public final class CpuSaturationRule extends ThresholdSeriesRule {

    @Override
    public String name() {
        return "cpu_saturation";
    }

    @Override
    protected String seriesId() {
        return ServerSeriesIds.CPU;
    }

    @Override
    protected double threshold(RuleContext context) {
        return context.thresholds().cpuSaturationPct();
    }

    @Override
    protected String title(MetricSeries series, SustainedExcess excess, double threshold) {
        return "Server CPU saturated: peak " + Quantities.pct(excess.peak()) + " (threshold " + Quantities.pct(threshold) + ")";
    }

    @Override
    protected String nextAction() {
        return "Profile the server under this load (CPU flame graph) or add cores/instances before raising load.";
    }
}
