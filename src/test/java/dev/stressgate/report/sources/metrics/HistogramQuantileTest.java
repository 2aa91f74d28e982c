package dev.stressgate.report.sources.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HistogramQuantileTest {

    private static TreeMap<Double, Double> buckets(double... boundsAndCounts) {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        for (int i = 0; i < boundsAndCounts.length; i += 2) {
            buckets.put(boundsAndCounts[i], boundsAndCounts[i + 1]);
        }
        return buckets;
    }

    @Test
    void interpolatesLinearlyInsideTheBucketHoldingTheRank() {
        // 100 observations: 50 <= 0.1 s, 90 <= 0.5 s, 100 <= 1 s. Rank 95 lies in (0.5, 1]: 5 of its 10 -> 0.75 s.
        assertThat(HistogramQuantile.estimate(0.95, buckets(0.1, 50, 0.5, 90, 1.0, 100, Double.POSITIVE_INFINITY, 100)))
                .isCloseTo(0.75, within(1e-9));
        // Rank 50 is the top of the first bucket, which starts at 0.
        assertThat(HistogramQuantile.estimate(0.5, buckets(0.1, 50, 0.5, 90, 1.0, 100, Double.POSITIVE_INFINITY, 100)))
                .isCloseTo(0.1, within(1e-9));
        assertThat(HistogramQuantile.estimate(0.25, buckets(0.1, 50, 0.5, 90, 1.0, 100, Double.POSITIVE_INFINITY, 100)))
                .isCloseTo(0.05, within(1e-9));
    }

    @Test
    void answersTheHighestFiniteBoundWhenTheRankIsInTheInfBucket() {
        assertThat(HistogramQuantile.estimate(0.95, buckets(0.1, 10, 0.5, 20, Double.POSITIVE_INFINITY, 100)))
                .isEqualTo(0.5);
    }

    @Test
    void hasNoAnswerWithoutObservationsOrWithoutAnInfBucket() {
        assertThat(HistogramQuantile.estimate(0.95, buckets(0.1, 0, Double.POSITIVE_INFINITY, 0)))
                .isNaN();
        assertThat(HistogramQuantile.estimate(0.95, buckets(0.1, 5, 0.5, 10))).isNaN();
        assertThat(HistogramQuantile.estimate(0.95, new TreeMap<>())).isNaN();
    }

    @Test
    void treatsNonMonotonicCountsAsTheRunningMaximum() {
        // The 0.5 bucket reads lower than the 0.1 bucket (as after a partial reset): it is taken as 10.
        assertThat(HistogramQuantile.estimate(0.5, buckets(0.1, 10, 0.5, 4, 1.0, 20, Double.POSITIVE_INFINITY, 20)))
                .isCloseTo(0.1, within(1e-9));
    }
}
