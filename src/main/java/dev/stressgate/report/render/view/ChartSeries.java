package dev.stressgate.report.render.view;

import java.util.List;

/**
 * One line of a chart. {@code axis} is "y" for the left axis or "y2" for the right one (e.g. active users next to
 * response times).
 */
public record ChartSeries(String label, String axis, List<ChartPoint> points) {
    public ChartSeries {
        points = List.copyOf(points);
    }
}
