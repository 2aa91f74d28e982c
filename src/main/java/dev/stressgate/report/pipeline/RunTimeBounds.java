package dev.stressgate.report.pipeline;

import dev.stressgate.report.gatling.RecordTimeBounds;
import dev.stressgate.run.RunMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * When the records of a run can lie, from run.json, and whether the run is still going. A run whose run.json has
 * no end yet while its simulation.log was written within {@link #STILL_WRITTEN} is in progress: its report would
 * claim more than its data, so it is refused with "run in progress", not with the truncated record a live log ends
 * in. A run without an end whose log went quiet (the load test was killed) is reported up to the log's last write.
 */
final class RunTimeBounds {
    static final Duration STILL_WRITTEN = Duration.ofSeconds(30);

    private final Clock clock;

    RunTimeBounds(Clock clock) {
        this.clock = clock;
    }

    RecordTimeBounds of(RunMetadata run, List<Path> logs) throws UnusableInputException {
        if (run.endEpochMs() != null) {
            return RecordTimeBounds.around(
                    run.startEpochMs(), run.endEpochMs(), "run.json start_epoch_ms to end_epoch_ms");
        }
        long lastWrite = lastWrite(logs);
        long quietMs = clock.millis() - lastWrite;
        if (quietMs < STILL_WRITTEN.toMillis()) {
            throw new UnusableInputException(
                    "run in progress: run.json has no end_epoch_ms yet and " + logs.get(0) + " was written "
                            + Math.max(0, quietMs / 1000) + " s ago; report the run after the load test ends");
        }
        return RecordTimeBounds.around(
                run.startEpochMs(),
                Math.max(run.startEpochMs(), lastWrite),
                "run.json start_epoch_ms (no end_epoch_ms: the run did not finish) to the last write of simulation.log");
    }

    private static long lastWrite(List<Path> logs) throws UnusableInputException {
        long last = 0;
        for (Path log : logs) {
            try {
                last = Math.max(last, Files.getLastModifiedTime(log).toMillis());
            } catch (IOException e) {
                throw new UnusableInputException(
                        "cannot read the modification time of " + log + ": " + e.getMessage(), e);
            }
        }
        return last;
    }
}
