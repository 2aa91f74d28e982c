package dev.stressgate.report.gatling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Per-second series over runs long enough that most seconds are packed while the log is read, against an oracle
 * kept here from the raw samples; including a second injector's pass over the same seconds and late records.
 */
class SecondSeriesTest {

    private static final long ORIGIN = 1_700_000_000_000L;
    private static final int RUN_SECONDS = 10 * SecondSeries.OPEN_SECONDS;

    private final SecondSeries series = new SecondSeries(ORIGIN);
    private final Map<Integer, List<Long>> samples = new HashMap<>();
    private final Map<Integer, Long> errors = new HashMap<>();

    @Test
    void everySecondMatchesItsSamplesAfterTwoInjectorsPassesAndLateRecords() {
        Random random = new Random(11);
        injectorPass(random);
        injectorPass(random);
        respond(3, 17, true);
        respond(3, 250, false);
        respond(RUN_SECONDS / 2, 1, true);

        List<SecondBucket> buckets = series.toBuckets(ORIGIN + RUN_SECONDS * 1000L - 1);

        assertThat(buckets).hasSize(RUN_SECONDS);
        for (SecondBucket bucket : buckets) {
            List<Long> own = samples.getOrDefault((int) bucket.second(), List.of());
            assertThat(bucket.responses())
                    .as("responses of second %d", bucket.second())
                    .isEqualTo(own.size());
            assertThat(bucket.errors())
                    .as("errors of second %d", bucket.second())
                    .isEqualTo(errors.getOrDefault((int) bucket.second(), 0L));
            if (own.isEmpty()) {
                assertThat(bucket.p95Ms())
                        .as("p95 of empty second %d", bucket.second())
                        .isNull();
            } else {
                assertThat(bucket.p95Ms())
                        .as("p95 of second %d", bucket.second())
                        .isEqualTo(RankPercentileTest.sortedSampleAt(own, 95));
            }
        }
    }

    @Test
    void valuesBeyondTheExactRangeStayWithinTheHistogramsPrecisionAfterPacking() {
        for (int second = 0; second < RUN_SECONDS; second++) {
            for (long value = 1000; value <= 20_000; value += 1000) {
                respond(second, value + second, true);
            }
        }
        List<SecondBucket> buckets = series.toBuckets(ORIGIN + RUN_SECONDS * 1000L - 1);
        assertThat(buckets).hasSize(RUN_SECONDS);
        for (SecondBucket bucket : buckets) {
            long exact = RankPercentileTest.sortedSampleAt(samples.get((int) bucket.second()), 95);
            assertThat(bucket.p95Ms()).isBetween(exact, exact + exact / 100);
        }
    }

    private void injectorPass(Random random) {
        for (int second = 0; second < RUN_SECONDS; second++) {
            int responses = second % 7 == 0 ? 0 : random.nextInt(40);
            for (int i = 0; i < responses; i++) {
                respond(second, random.nextInt(256), random.nextInt(20) != 0);
            }
        }
    }

    private void respond(int second, long responseTimeMs, boolean ok) {
        series.responseReceived(ORIGIN + second * 1000L + 500, responseTimeMs, ok);
        samples.computeIfAbsent(second, s -> new ArrayList<>()).add(responseTimeMs);
        if (!ok) {
            errors.merge(second, 1L, Long::sum);
        }
    }
}
