package dev.stressgate.report.render.view;

/**
 * One point of a chart series: seconds since run start, and the value in the series' unit. Both must be finite
 * (JSON has no NaN or infinity); a missing sample is a missing point.
 */
public record ChartPoint(double x, double y) {
    public ChartPoint {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("chart point must be finite, got (" + x + ", " + y + ")");
        }
    }
}
