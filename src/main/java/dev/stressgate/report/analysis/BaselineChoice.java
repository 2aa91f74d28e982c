package dev.stressgate.report.analysis;

import java.util.List;
import java.util.Optional;

/**
 * Which run a report compares with and why, or why with none.
 *
 * @param baseline the run compared with, if any
 * @param reason   one sentence: how it was chosen, or why there is none
 * @param skipped  sibling run directories that could not be read, each with its cause (never fatal)
 */
public record BaselineChoice(Optional<Baseline> baseline, String reason, List<String> skipped) {

    public BaselineChoice {
        skipped = List.copyOf(skipped);
    }

    public static BaselineChoice none(String reason) {
        return new BaselineChoice(Optional.empty(), reason, List.of());
    }

    public static BaselineChoice of(Baseline baseline, String reason) {
        return new BaselineChoice(Optional.of(baseline), reason, List.of());
    }
}
