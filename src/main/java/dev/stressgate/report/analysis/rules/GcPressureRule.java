package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.MetricSeries;
import dev.stressgate.report.analysis.Quantities;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.ServerSeriesIds;

/** Time spent in GC at or above {@code gcTimePct} of wall time, sustained. */
public final class GcPressureRule extends ThresholdSeriesRule {

    @Override
    public String name() {
        return "gc_pressure";
    }

    @Override
    protected String seriesId() {
        return ServerSeriesIds.GC_TIME;
    }

    @Override
    protected double threshold(RuleContext context) {
        return context.thresholds().gcTimePct();
    }

    @Override
    protected String title(MetricSeries series, SustainedExcess excess, double threshold) {
        return "GC pressure: up to " + Quantities.pct(excess.peak()) + " of time in GC (threshold "
                + Quantities.pct(threshold) + ")";
    }

    @Override
    protected String nextAction() {
        return "Check heap sizing and allocation rate (GC logs); reduce per-request allocations on hot endpoints.";
    }
}
