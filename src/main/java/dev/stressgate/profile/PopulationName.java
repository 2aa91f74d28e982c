package dev.stressgate.profile;

import java.util.Arrays;
import java.util.List;

/** The three populations of the traffic model, each with its own injection and its own flows. */
public enum PopulationName {
    AUTH("auth"),
    SOCIAL("social"),
    REALTIME("realtime");

    private final String id;

    PopulationName(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(PopulationName::id).toList();
    }
}
