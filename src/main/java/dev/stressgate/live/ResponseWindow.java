package dev.stressgate.live;

import org.HdrHistogram.Histogram;

/**
 * Responses of the last {@value #SECONDS} seconds by the second they ended in (the log's clock, not the wall
 * clock, so the flush lag of simulation.log does not distort them), plus the whole run so far: counts, failures and
 * response times (HdrHistogram, 1 ms to 60 s, 2 significant digits).
 */
final class ResponseWindow {
    static final int SECONDS = 300;
    private static final long MAX_MS = 3_600_000;

    /** Responses, failures and response times over some span of seconds. */
    record Span(long responses, long failures, Histogram times) {
        double errorPct() {
            return responses == 0 ? 0 : failures * 100.0 / responses;
        }

        long percentileMs(double percentile) {
            return times.getTotalCount() == 0 ? 0 : times.getValueAtPercentile(percentile);
        }
    }

    private final long[] second = new long[SECONDS];
    private final long[] responses = new long[SECONDS];
    private final long[] failures = new long[SECONDS];
    private final Histogram[] times = new Histogram[SECONDS];
    private final Histogram total = histogram();
    private long totalResponses;
    private long totalFailures;
    private long firstSecond = Long.MIN_VALUE;
    private long newestEndMs = Long.MIN_VALUE;

    void add(long endMs, long responseMs, boolean ok) {
        long sec = Math.floorDiv(endMs, 1000);
        int slot = (int) Math.floorMod(sec, SECONDS);
        long clamped = Math.max(0, Math.min(responseMs, MAX_MS));
        total.recordValue(clamped);
        totalResponses++;
        totalFailures += ok ? 0 : 1;
        if (firstSecond == Long.MIN_VALUE || sec < firstSecond) {
            firstSecond = sec;
        }
        newestEndMs = Math.max(newestEndMs, endMs);
        if (times[slot] != null && second[slot] > sec) {
            return; // older than the window keeps
        }
        if (second[slot] != sec || times[slot] == null) {
            second[slot] = sec;
            responses[slot] = 0;
            failures[slot] = 0;
            if (times[slot] == null) {
                times[slot] = histogram();
            } else {
                times[slot].reset();
            }
        }
        responses[slot]++;
        times[slot].recordValue(clamped);
        if (!ok) {
            failures[slot]++;
        }
    }

    boolean isEmpty() {
        return totalResponses == 0;
    }

    /** The end time of the newest response, epoch ms ({@link Long#MIN_VALUE} before the first). */
    long newestEndMs() {
        return newestEndMs;
    }

    /** The first second with a response, epoch seconds. */
    long firstSecond() {
        return firstSecond;
    }

    /** Responses that ended in the seconds {@code from..to} (inclusive, epoch seconds, at most {@value #SECONDS} s back). */
    Span span(long from, long to) {
        Histogram merged = histogram();
        long count = 0;
        long ko = 0;
        for (long sec = Math.max(from, to - SECONDS + 1); sec <= to; sec++) {
            int slot = (int) Math.floorMod(sec, SECONDS);
            if (second[slot] == sec && times[slot] != null) {
                count += responses[slot];
                ko += failures[slot];
                merged.add(times[slot]);
            }
        }
        return new Span(count, ko, merged);
    }

    /** Every response so far. */
    Span wholeRun() {
        return new Span(totalResponses, totalFailures, total.copy());
    }

    private static Histogram histogram() {
        return new Histogram(1, MAX_MS, 2);
    }
}
