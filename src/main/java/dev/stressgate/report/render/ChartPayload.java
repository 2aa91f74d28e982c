package dev.stressgate.report.render;

import dev.stressgate.report.render.view.ChartView;
import java.util.List;

/**
 * The chart data embedded in report.html: every chart that has data, and the shared x axis they are all drawn on
 * (0 to {@code axisMaxSeconds} seconds since run start).
 */
record ChartPayload(double axisMaxSeconds, List<ChartView> charts) {}
