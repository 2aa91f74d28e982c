package dev.stressgate.report.render;

import dev.stressgate.report.render.view.ChartPoint;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the lines of a long run small enough for one self-contained page: a line of more than
 * {@value #MAX_POINTS} points over an axis of {@code axisSeconds} is cut into {@value #INTERVALS} equal intervals,
 * each keeping only its lowest and its highest point, in time order. It is the min-max method of Chart.js's own
 * decimation plugin, done before the page is written, so spikes and dips stay on the chart while a 24-hour run's
 * 86,400 seconds become at most {@value #MAX_POINTS} points.
 */
final class MinMaxDecimation {

    static final int INTERVALS = 1500;
    static final int MAX_POINTS = 2 * INTERVALS;

    private MinMaxDecimation() {}

    /** Seconds each interval spans when a line over this axis is long enough to be cut; 0 when none can be. */
    static double intervalSeconds(double axisSeconds) {
        return axisSeconds > MAX_POINTS ? axisSeconds / INTERVALS : 0;
    }

    /** The points, cut to the lowest and highest of each interval when there are more than {@value #MAX_POINTS}. */
    static List<ChartPoint> of(List<ChartPoint> points, double axisSeconds) {
        if (points.size() <= MAX_POINTS || axisSeconds <= 0) {
            return points;
        }
        List<ChartPoint> kept = new ArrayList<>(MAX_POINTS);
        int interval = -1;
        ChartPoint lowest = null;
        ChartPoint highest = null;
        for (ChartPoint point : points) {
            int index = (int) Math.min(INTERVALS - 1, Math.floor(point.x() / axisSeconds * INTERVALS));
            if (index != interval) {
                keep(kept, lowest, highest);
                interval = index;
                lowest = point;
                highest = point;
            } else if (point.y() < lowest.y()) {
                lowest = point;
            } else if (point.y() > highest.y()) {
                highest = point;
            }
        }
        keep(kept, lowest, highest);
        return kept;
    }

    private static void keep(List<ChartPoint> kept, ChartPoint lowest, ChartPoint highest) {
        if (lowest == null) {
            return;
        }
        if (lowest == highest) {
            kept.add(lowest);
        } else if (lowest.x() < highest.x()) {
            kept.add(lowest);
            kept.add(highest);
        } else {
            kept.add(highest);
            kept.add(lowest);
        }
    }
}
