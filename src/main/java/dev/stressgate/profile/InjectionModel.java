package dev.stressgate.profile;

import java.util.Arrays;
import java.util.List;

/**
 * How virtual users are injected. CLOSED: a target number of concurrent users (a finished user is replaced).
 * OPEN: a target arrival rate of new users per second, whatever the system's response times.
 */
public enum InjectionModel {
    CLOSED("closed", "users"),
    OPEN("open", "rate_per_s");

    private final String id;
    private final String targetField;

    InjectionModel(String id, String targetField) {
        this.id = id;
        this.targetField = targetField;
    }

    /** The value used in profile files. */
    public String id() {
        return id;
    }

    /** The field that carries a stage's target in this model: {@code users} or {@code rate_per_s}. */
    public String targetField() {
        return targetField;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(InjectionModel::id).toList();
    }
}
