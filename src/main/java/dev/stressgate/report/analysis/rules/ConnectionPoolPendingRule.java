package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.MetricSeries;
import dev.stressgate.report.analysis.Quantities;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.ServerSeriesIds;

/** Threads waiting for a pooled connection (pending at least 1), sustained. */
public final class ConnectionPoolPendingRule extends ThresholdSeriesRule {

    @Override
    public String name() {
        return "pool_pending";
    }

    @Override
    protected String seriesId() {
        return ServerSeriesIds.POOL_PENDING;
    }

    @Override
    protected double threshold(RuleContext context) {
        return 1;
    }

    @Override
    protected String title(MetricSeries series, SustainedExcess excess, double threshold) {
        return "Connection-pool exhausted: up to " + Quantities.plain(excess.peak())
                + " threads waiting for a connection";
    }

    @Override
    protected String nextAction() {
        return "Size the connection pool for the load or shorten the transactions holding connections.";
    }
}
