package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.MetricSeries;
import dev.stressgate.report.analysis.Quantities;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.ServerSeriesIds;

/** Database query p95 at or above {@code dbLatencyP95Ms}, sustained. */
public final class DatabaseLatencyRule extends ThresholdSeriesRule {

    @Override
    public String name() {
        return "db_latency";
    }

    @Override
    protected String seriesId() {
        return ServerSeriesIds.DB_LATENCY_P95;
    }

    @Override
    protected double threshold(RuleContext context) {
        return context.thresholds().dbLatencyP95Ms();
    }

    @Override
    protected String title(MetricSeries series, SustainedExcess excess, double threshold) {
        return "Slow database queries: p95 up to " + Quantities.ms(excess.peak()) + " (threshold " + Quantities.ms(threshold) + ")";
    }

    @Override
    protected String nextAction() {
        return "Find the slow statements (query plans, missing indexes, lock waits) for the operations named in the series.";
    }
}
