package dev.stressgate.report.ai;

import java.util.List;

/**
 * What the model contributed: its name and URL, the outcome of the call, how long it took (null when not called),
 * why it contributed nothing (null when OK), and the parts of its answer that were dropped.
 */
public record ModelInfo(
        String name, String url, Outcome outcome, Long latencyMs, String reason, List<DroppedPart> dropped) {

    public ModelInfo {
        dropped = List.copyOf(dropped);
    }
}
