package dev.stressgate.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScrapeFailureTallyTest {

    private static final String NOT_FOUND = "HTTP 404 from http://127.0.0.1:3000/metrics";
    private static final String REFUSED = "connection refused at http://127.0.0.1:3000/metrics";

    private final List<String> console = new ArrayList<>();
    private final HandClock clock = new HandClock();
    private final ScrapeFailureTally tally = new ScrapeFailureTally(console::add, clock, Duration.ofMinutes(1));

    private void scrape(boolean ok, String error, long atSecond) {
        clock.millis = atSecond * 1000;
        tally.record(
                ok ? ScrapeRecord.answered(clock.millis, 3, 200, "up 1\n") : ScrapeRecord.failed(clock.millis, error));
    }

    @Test
    void theFirstFailureIsToldInFullThenOnlyCountedAtMostOncePerInterval() {
        scrape(true, null, 0);
        scrape(false, NOT_FOUND, 5);
        scrape(false, NOT_FOUND, 10);
        scrape(false, NOT_FOUND, 30);

        assertThat(console)
                .containsExactly("metrics scrape failed: " + NOT_FOUND + " (server metrics of this run may"
                        + " be missing; further failures are counted, not repeated)");

        scrape(false, REFUSED, 65);
        assertThat(console).hasSize(2).last().isEqualTo("metrics scrape: 4 of 5 failed, last: " + REFUSED);

        scrape(false, REFUSED, 70);
        scrape(true, null, 100);
        assertThat(console).as("within a minute of the last line").hasSize(2);

        scrape(true, null, 130);
        assertThat(console).hasSize(3).last().isEqualTo("metrics scrape: 5 of 8 failed, last: " + REFUSED);

        scrape(true, null, 200);
        assertThat(console).as("no failure since the last line").hasSize(3);

        tally.finish();
        assertThat(console).hasSize(4).last().isEqualTo("metrics scrape: 5 of 9 failed, last: " + REFUSED);
        assertThat(tally.attempts()).isEqualTo(9);
        assertThat(tally.failures()).isEqualTo(5);
        assertThat(tally.lastFailure()).isEqualTo(REFUSED);
    }

    @Test
    void aRunWhoseScrapesAllSucceedPrintsNothing() {
        scrape(true, null, 0);
        scrape(true, null, 90);
        tally.finish();

        assertThat(console).isEmpty();
        assertThat(tally.lastFailure()).isNull();
    }

    private static final class HandClock extends Clock {
        long millis;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }
}
