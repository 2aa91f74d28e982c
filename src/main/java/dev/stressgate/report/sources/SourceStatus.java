package dev.stressgate.report.sources;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How far a data source contributed to the report. */
public enum SourceStatus {
    /** Answered fully. */
    USED,
    /** Answered, but partially (some series or lines missing, truncated, or a fallback stood in). */
    DEGRADED,
    /** Gave nothing. */
    UNAVAILABLE,
    /** Optional and never configured (its address left at the default), and nothing answered there: no fault. */
    NOT_CONFIGURED;

    /** Whether the source contributed data (fully or partly). */
    public boolean delivered() {
        return this == USED || this == DEGRADED;
    }

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
