package dev.stressgate.report.sources.logs;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What a source should say about its lines: those it could not use, by their true reason (with the first line
 * number and the first offending value); the well-formed lines that lay outside the run window (with the span of
 * their times, which tells a clock or time-zone mismatch from a wrong file); and the lines of the window whose time
 * had no offset and was read as UTC.
 */
final class LineDiagnostics {

    private record Tally(int count, long firstLine, String firstDetail) {}

    private final Map<UnreadableReason, Tally> byReason = new EnumMap<>(UnreadableReason.class);
    private int total;
    private int outsideWindow;
    private int utcAssumed;
    private long earliestOutside = Long.MAX_VALUE;
    private long latestOutside = Long.MIN_VALUE;

    void add(UnreadableReason reason, long lineNumber, String detail) {
        total++;
        byReason.merge(
                reason,
                new Tally(1, lineNumber, detail),
                (first, next) -> new Tally(first.count() + 1, first.firstLine(), first.firstDetail()));
    }

    void outsideWindow(long epochMs) {
        outsideWindow++;
        earliestOutside = Math.min(earliestOutside, epochMs);
        latestOutside = Math.max(latestOutside, epochMs);
    }

    /** A line of the window whose time had no offset and was read as UTC. */
    void utcAssumed() {
        utcAssumed++;
    }

    int total() {
        return total;
    }

    int outsideWindow() {
        return outsideWindow;
    }

    /** E.g. {@code 2 line(s) neither a JSON object nor logfmt (first at line 6)}; lines are omitted when 0. */
    String describe() {
        StringJoiner parts = new StringJoiner("; ");
        byReason.forEach((reason, tally) -> parts.add(tally.count() + " line(s) " + reason.description
                + (tally.firstDetail() == null ? "" : " such as \"" + tally.firstDetail() + "\"")
                + (tally.firstLine() > 0 ? " (first at line " + tally.firstLine() + ")" : "")));
        return parts.toString();
    }

    /** E.g. {@code 3 line(s) with a time without offset, read as UTC}, or empty. */
    String describeUtcAssumed() {
        return utcAssumed == 0 ? "" : utcAssumed + " line(s) of the window with a time without offset, read as UTC";
    }

    /** E.g. {@code 12 line(s) outside the run window (their times 2026-11-22T04:00:00Z to ...)}, or empty. */
    String describeOutsideWindow() {
        return outsideWindow == 0
                ? ""
                : outsideWindow + " line(s) outside the run window (their times "
                        + Instant.ofEpochMilli(earliestOutside) + " to " + Instant.ofEpochMilli(latestOutside) + ")";
    }
}
