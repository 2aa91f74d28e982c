package dev.stressgate.report.sources;

/** The time span of one run, in epoch milliseconds, inclusive at both ends (from run.json). */
public record RunWindow(long startEpochMs, long endEpochMs) {

    public RunWindow {
        if (startEpochMs < 0 || endEpochMs < startEpochMs) {
            throw new IllegalArgumentException("invalid run window: start_epoch_ms=" + startEpochMs + ", end_epoch_ms="
                    + endEpochMs + " (expected 0 <= start <= end)");
        }
    }

    public long durationMs() {
        return endEpochMs - startEpochMs;
    }

    public boolean contains(long epochMs) {
        return epochMs >= startEpochMs && epochMs <= endEpochMs;
    }
}
