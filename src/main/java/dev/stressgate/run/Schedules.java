package dev.stressgate.run;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** How the run's periodic samplers stop their schedule: the sample under way may finish within a grace period. */
final class Schedules {
    private Schedules() {}

    /** Stops {@code scheduler}, waits up to {@code grace} for the task under way, then cancels it. */
    static void stop(ScheduledExecutorService scheduler, Duration grace) {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
