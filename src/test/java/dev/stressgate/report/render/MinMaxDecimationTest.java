package dev.stressgate.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.report.render.view.ChartPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MinMaxDecimationTest {

    @Test
    void aLineThatFitsIsKeptAsItIs() {
        List<ChartPoint> points = line(MinMaxDecimation.MAX_POINTS, new Random(1));

        assertThat(MinMaxDecimation.of(points, MinMaxDecimation.MAX_POINTS)).isEqualTo(points);
        assertThat(MinMaxDecimation.intervalSeconds(MinMaxDecimation.MAX_POINTS))
                .isZero();
    }

    @Test
    void aDayOfSecondsKeepsTheLowestAndHighestOfEveryIntervalInTimeOrder() {
        int seconds = 86_400;
        List<ChartPoint> points = line(seconds, new Random(2));
        points.set(40_000, new ChartPoint(40_000, 99_999));
        points.set(40_001, new ChartPoint(40_001, -5));

        List<ChartPoint> kept = MinMaxDecimation.of(points, seconds);

        assertThat(kept)
                .hasSizeLessThanOrEqualTo(MinMaxDecimation.MAX_POINTS)
                .hasSizeGreaterThan(MinMaxDecimation.INTERVALS);
        assertThat(kept).isSortedAccordingTo(Comparator.comparingDouble(ChartPoint::x));
        assertThat(kept).contains(points.get(40_000), points.get(40_001));
        assertThat(MinMaxDecimation.intervalSeconds(seconds)).isEqualTo(57.6);
        for (int i = 0; i < MinMaxDecimation.INTERVALS; i++) {
            int interval = i;
            List<Double> own = points.stream()
                    .filter(p -> intervalOf(p, seconds) == interval)
                    .map(ChartPoint::y)
                    .toList();
            List<Double> ownKept = kept.stream()
                    .filter(p -> intervalOf(p, seconds) == interval)
                    .map(ChartPoint::y)
                    .toList();
            assertThat(ownKept)
                    .as("interval %d", i)
                    .hasSizeBetween(1, 2)
                    .contains(
                            own.stream().min(Double::compare).orElseThrow(),
                            own.stream().max(Double::compare).orElseThrow());
        }
    }

    private static int intervalOf(ChartPoint point, double axisSeconds) {
        return (int) Math.min(
                MinMaxDecimation.INTERVALS - 1, Math.floor(point.x() / axisSeconds * MinMaxDecimation.INTERVALS));
    }

    private static List<ChartPoint> line(int seconds, Random random) {
        List<ChartPoint> points = new ArrayList<>(seconds);
        for (int s = 0; s < seconds; s++) {
            points.add(new ChartPoint(s, 20 + random.nextInt(10)));
        }
        return points;
    }
}
