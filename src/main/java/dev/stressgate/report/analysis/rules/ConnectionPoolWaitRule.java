package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.MetricSeries;
import dev.stressgate.report.analysis.Quantities;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.ServerSeriesIds;

/** Connection-pool acquire p95 at or above {@code poolAcquireP95Ms}, sustained. */
public final class ConnectionPoolWaitRule extends ThresholdSeriesRule {

    @Override
    public String name() {
        return "pool_wait";
    }

    @Override
    protected String seriesId() {
        return ServerSeriesIds.POOL_ACQUIRE_P95;
    }

    @Override
    protected double threshold(RuleContext context) {
        return context.thresholds().poolAcquireP95Ms();
    }

    @Override
    protected String title(MetricSeries series, SustainedExcess excess, double threshold) {
        return "Connection-pool waits: acquire p95 up to " + Quantities.ms(excess.peak()) + " (threshold "
                + Quantities.ms(threshold) + ")";
    }

    @Override
    protected String nextAction() {
        return "Size the connection pool for the load or shorten the transactions holding connections.";
    }
}
