package dev.stressgate.report.gatling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tdunning.math.stats.AVLTreeDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/**
 * {@link RankPercentile} against two independent references: the sorted samples themselves, and the t-digest
 * that Gatling 3.15.1's report feeds every response time into ({@code AVLTreeDigest}, compression 100).
 */
class RankPercentileTest {

    private static final double[] REPORTED = {50, 75, 95, 99};

    @Test
    void picksTheSampleAtPositionFloorOfPTimesN() {
        Histogram oneToEighteen = histogram(range(1, 18));
        assertThat(RankPercentile.of(oneToEighteen, 50)).isEqualTo(10);
        assertThat(RankPercentile.of(oneToEighteen, 75)).isEqualTo(14);
        assertThat(RankPercentile.of(oneToEighteen, 95)).isEqualTo(18);

        Histogram oneToHundred = histogram(range(1, 100));
        assertThat(RankPercentile.of(oneToHundred, 0)).isEqualTo(1);
        assertThat(RankPercentile.of(oneToHundred, 50)).isEqualTo(51);
        assertThat(RankPercentile.of(oneToHundred, 95)).isEqualTo(96);
        assertThat(RankPercentile.of(oneToHundred, 99)).isEqualTo(100);
        assertThat(RankPercentile.of(oneToHundred, 100)).isEqualTo(100);

        assertThat(RankPercentile.of(histogram(List.of(7L)), 99)).isEqualTo(7);
    }

    @Test
    void equalsTheSortedSampleForRandomPopulationsWithTiesBelowTwoSeconds() {
        Random random = new Random(42);
        for (int trial = 0; trial < 500; trial++) {
            int size = 1 + random.nextInt(3000);
            List<Long> samples = draw(size, trial % 2 == 0 ? () -> random.nextInt(40) : () -> random.nextInt(2048));
            Histogram histogram = histogram(samples);
            for (double percentile : REPORTED) {
                assertThat(RankPercentile.of(histogram, percentile))
                        .as("p%s of %d samples", percentile, size)
                        .isEqualTo(sortedSampleAt(samples, percentile));
            }
        }
    }

    @Test
    void staysWithinTheHistogramsPrecisionAboveTwoSeconds() {
        Random random = new Random(7);
        List<Long> samples = draw(5000, () -> 2048 + random.nextInt(60_000));
        Histogram histogram = histogram(samples);
        for (double percentile : REPORTED) {
            long exact = sortedSampleAt(samples, percentile);
            assertThat(RankPercentile.of(histogram, percentile)).isBetween(exact, exact + exact / 1000);
        }
    }

    @Test
    void readsTheSameAsGatlingsDigestForEveryPopulationItHoldsSampleBySample() {
        Random random = new Random(3);
        for (int trial = 0; trial < 3000; trial++) {
            int size = 1 + trial % 40;
            List<Long> samples = draw(size, () -> Math.min(2047, (long) Math.exp(random.nextGaussian() * 1.5 + 3)));
            AVLTreeDigest gatlingDigest = new AVLTreeDigest(100);
            samples.forEach(gatlingDigest::add);
            Histogram histogram = histogram(samples);
            for (double percentile : REPORTED) {
                assertThat(RankPercentile.of(histogram, percentile))
                        .as("p%s of %s", percentile, samples)
                        .isEqualTo(Math.round(gatlingDigest.quantile(percentile / 100.0)));
            }
        }
    }

    @Test
    void refusesAnEmptyHistogram() {
        assertThatThrownBy(() -> RankPercentile.of(new Histogram(3), 95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }

    /** The reference: sort the samples, take position ⌊p/100 · n⌋, clamped to the last sample. */
    static long sortedSampleAt(List<Long> samples, double percentile) {
        List<Long> sorted = samples.stream().sorted().toList();
        int position = (int) Math.floor(percentile / 100.0 * sorted.size());
        return sorted.get(Math.min(position, sorted.size() - 1));
    }

    private static List<Long> draw(int size, LongSupplier value) {
        List<Long> samples = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            samples.add(value.getAsLong());
        }
        return samples;
    }

    private static List<Long> range(long from, long to) {
        List<Long> values = new ArrayList<>();
        for (long v = from; v <= to; v++) {
            values.add(v);
        }
        return values;
    }

    private static Histogram histogram(List<Long> samples) {
        Histogram histogram = new Histogram(3);
        samples.forEach(histogram::recordValue);
        return histogram;
    }
}
