package dev.stressgate.run;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Counts the outcomes of a run's scrapes and keeps the console told about failures without flooding it: the first
 * failure in full (cause and address), then at most one count line per interval while failures go on ("metrics
 * scrape: 12 of 40 failed, last: HTTP 404 from ..."), and a final count when the run ends.
 */
final class ScrapeFailureTally {

    static final Duration DEFAULT_SUMMARY_INTERVAL = Duration.ofMinutes(1);

    private final Consumer<String> console;
    private final Clock clock;
    private final Duration summaryInterval;
    private int attempts;
    private int failures;
    private int failuresAtLastLine;
    private long lastLineMs;
    private String lastFailure;

    ScrapeFailureTally(Consumer<String> console, Clock clock, Duration summaryInterval) {
        this.console = console;
        this.clock = clock;
        this.summaryInterval = summaryInterval;
    }

    synchronized void record(ScrapeRecord record) {
        attempts++;
        if (!record.succeeded()) {
            failures++;
            lastFailure = record.error();
        }
        long now = clock.millis();
        if (failures == 1 && failuresAtLastLine == 0) {
            console.accept("metrics scrape failed: " + lastFailure + " (server metrics of this run may be missing;"
                    + " further failures are counted, not repeated)");
            markLine(now);
        } else if (failures > failuresAtLastLine && now - lastLineMs >= summaryInterval.toMillis()) {
            console.accept(count());
            markLine(now);
        }
    }

    /** The final count, when any scrape failed. */
    synchronized void finish() {
        if (failures > 0) {
            console.accept(count());
            markLine(clock.millis());
        }
    }

    synchronized int attempts() {
        return attempts;
    }

    synchronized int failures() {
        return failures;
    }

    /** The cause of the last failed scrape, or null when none failed. */
    synchronized String lastFailure() {
        return lastFailure;
    }

    private String count() {
        return "metrics scrape: " + failures + " of " + attempts + " failed, last: " + lastFailure;
    }

    private void markLine(long now) {
        failuresAtLastLine = failures;
        lastLineMs = now;
    }
}
