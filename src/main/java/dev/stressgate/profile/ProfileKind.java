package dev.stressgate.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a profile tests, declared in its {@code kind} field (absent: {@code load}), so nothing guesses it from the
 * profile's name. LOAD: a steady expected load; SPIKE: a sudden surge and the recovery after it; SOAK: a long hold
 * (leaks, drift); CAPACITY: a rising load to find the breaking point; CHAOS: faults injected into the target.
 */
public enum ProfileKind {
    LOAD,
    SPIKE,
    SOAK,
    CAPACITY,
    CHAOS;

    /** The value used in profile files, profile.json and run.json. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ProfileKind::id).toList();
    }

    static ProfileKind byId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
