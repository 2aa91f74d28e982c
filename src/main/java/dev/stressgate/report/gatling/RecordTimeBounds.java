package dev.stressgate.report.gatling;

import java.time.Instant;

/**
 * The times a record of the run can plausibly carry, in epoch milliseconds, inclusive: the run window from run.json
 * widened by a slack (clocks of the injector and the recorder, Gatling's start before run.json is written). A
 * record outside it, such as a bit-flipped offset that makes a 29 s run last 46 days, is rejected as corrupt
 * instead of becoming figures and charts.
 */
public record RecordTimeBounds(long earliestEpochMs, long latestEpochMs, String origin) {
    /** How far outside the recorded run window a record may lie. */
    public static final long SLACK_MS = 60_000;

    /** Any time: for a log read without its run directory (fixtures, benchmarks, an explicit baseline). */
    public static final RecordTimeBounds ANY = new RecordTimeBounds(Long.MIN_VALUE, Long.MAX_VALUE, "any time");

    /** The run window [start, end] widened by {@link #SLACK_MS} on both sides; {@code origin} says where it came from. */
    public static RecordTimeBounds around(long startEpochMs, long endEpochMs, String origin) {
        return new RecordTimeBounds(startEpochMs - SLACK_MS, endEpochMs + SLACK_MS, origin);
    }

    boolean contains(long epochMs) {
        return epochMs >= earliestEpochMs && epochMs <= latestEpochMs;
    }

    String describe() {
        return "[" + Instant.ofEpochMilli(earliestEpochMs) + ", " + Instant.ofEpochMilli(latestEpochMs) + "] (" + origin
                + ", widened by " + SLACK_MS / 1000 + " s)";
    }
}
