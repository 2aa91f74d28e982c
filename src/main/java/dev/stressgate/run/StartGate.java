package dev.stressgate.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The common start of injectors sharing one run: each waits until the planned instant ({@code RUN_START_AT}) and then
 * starts its load; one that reaches the instant more than the tolerance late must not run at all, since its ramp would
 * no longer line up with the others' ({@link LateStartException}).
 */
public final class StartGate {
    private final Instant plannedStart;
    private final Duration tolerance;
    private final Clock clock;
    private final Sleeper sleeper;

    /** Waits for a duration; {@link Thread#sleep} in production. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** The injector reached the planned start later than the tolerance allows. */
    public static final class LateStartException extends RuntimeException {
        private final Instant actualStart;

        LateStartException(String message, Instant actualStart) {
            super(message);
            this.actualStart = actualStart;
        }

        public Instant actualStart() {
            return actualStart;
        }
    }

    public StartGate(Instant plannedStart, Duration tolerance, Clock clock, Sleeper sleeper) {
        this.plannedStart = plannedStart;
        this.tolerance = tolerance;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public static StartGate systemClock(Instant plannedStart, Duration tolerance) {
        return new StartGate(plannedStart, tolerance, Clock.systemUTC(), duration -> Thread.sleep(duration.toMillis()));
    }

    /**
     * Sleeps until the planned start and returns the instant the wait ended.
     *
     * @throws LateStartException when the planned start had passed by more than the tolerance already
     */
    public Instant await(String injector) throws InterruptedException {
        Instant now = clock.instant();
        Duration late = Duration.between(plannedStart, now);
        if (late.compareTo(tolerance) > 0) {
            throw new LateStartException(
                    injector + " reached the common start " + plannedStart + " " + seconds(late)
                            + " s late (tolerance " + seconds(tolerance) + " s, run.start-tolerance.s / "
                            + "RUN_START_TOLERANCE_S); it does not run, so that it cannot skew the others' ramp: "
                            + "choose RUN_START_AT further ahead or start the injectors sooner",
                    now);
        }
        while (now.isBefore(plannedStart)) {
            sleeper.sleep(Duration.between(now, plannedStart));
            now = clock.instant();
        }
        return now;
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }
}
