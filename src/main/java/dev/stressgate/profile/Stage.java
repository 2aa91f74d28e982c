package dev.stressgate.profile;

/**
 * One injection stage: move linearly from the previous stage's target (0 for the first) to {@code target} during
 * {@code rampSeconds}, then hold it for {@code holdSeconds}. The target is concurrent users (closed model) or new
 * users per second (open model).
 */
public record Stage(double target, int rampSeconds, int holdSeconds) {

    public int durationSeconds() {
        return rampSeconds + holdSeconds;
    }
}
