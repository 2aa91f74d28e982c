package dev.stressgate.report.gatling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyAccumulatorTest {

    @Test
    void aPercentileInTheMaximumsBucketIsTheMaximumNotTheBucketsUpperEnd() {
        LatencyAccumulator accumulator = new LatencyAccumulator();
        accumulator.record(120, true);
        // above 8192 ms a 3-digit histogram's buckets are 8 ms wide: 10001 shares the bucket 10000..10007
        accumulator.record(10_001, false);

        ResponseStats stats = accumulator.toStats(1);

        assertThat(stats.maxMs()).isEqualTo(10_001);
        assertThat(stats.p50Ms()).isEqualTo(10_001);
        assertThat(stats.p99Ms()).isEqualTo(10_001);
    }

    @Test
    void percentilesBelowTheMaximumKeepTheirRankedSample() {
        LatencyAccumulator accumulator = new LatencyAccumulator();
        for (long millis : new long[] {40, 10, 30, 20, 9_000}) {
            accumulator.record(millis, true);
        }

        ResponseStats stats = accumulator.toStats(1);

        assertThat(stats.p50Ms()).isEqualTo(30);
        assertThat(stats.p75Ms()).isEqualTo(40);
        assertThat(stats.p99Ms()).isEqualTo(9_000).isEqualTo(stats.maxMs());
    }
}
