package dev.stressgate.profile;

import java.util.List;

/** The injection of one population as a list of stages; an empty list means the population is not started. */
public record Population(List<Stage> stages) {

    public Population {
        stages = List.copyOf(stages);
    }

    public static Population none() {
        return new Population(List.of());
    }

    /** True when some stage targets more than zero users (or users per second). */
    public boolean isActive() {
        return stages.stream().anyMatch(stage -> stage.target() > 0);
    }

    public int durationSeconds() {
        return stages.stream().mapToInt(Stage::durationSeconds).sum();
    }

    public double peakTarget() {
        return stages.stream().mapToDouble(Stage::target).max().orElse(0);
    }
}
