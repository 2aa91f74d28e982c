package dev.stressgate.profile;

import java.util.Arrays;
import java.util.List;

/**
 * How a virtual user chooses its next action. WEIGHTED: draws a flow by the mix weights, {@code actions} times.
 * ALL_FLOWS: runs every flow of its population with a weight above zero once, in mix order, {@code actions} times
 * (deterministic coverage for smoke runs).
 */
public enum ActionSelection {
    WEIGHTED("weighted"),
    ALL_FLOWS("all_flows");

    private final String id;

    ActionSelection(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ActionSelection::id).toList();
    }
}
