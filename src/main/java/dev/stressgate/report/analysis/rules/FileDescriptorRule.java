package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.MetricSeries;
import dev.stressgate.report.analysis.Quantities;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.ServerSeriesIds;

/**
 * Open file descriptors (sockets included) at or above {@value #LIMIT_PCT} % of the process limit, sustained: from
 * {@code process_open_fds} and {@code process_max_fds}, which every Prometheus client exports on Linux. Near the
 * limit, new connections fail with "too many open files".
 */
public final class FileDescriptorRule extends ThresholdSeriesRule {

    static final double LIMIT_PCT = 80;

    @Override
    public String name() {
        return "open_fds";
    }

    @Override
    protected String seriesId() {
        return ServerSeriesIds.OPEN_FDS;
    }

    @Override
    protected double threshold(RuleContext context) {
        return LIMIT_PCT;
    }

    @Override
    protected String title(MetricSeries series, SustainedExcess excess, double threshold) {
        return "File descriptors near the limit: up to " + Quantities.pct(excess.peak()) + " of the process limit";
    }

    @Override
    protected String nextAction() {
        return "Look for connections or files that are not closed (leaked sockets, unbounded pools); raise the limit "
                + "(ulimit -n) only once the count is stable.";
    }
}
