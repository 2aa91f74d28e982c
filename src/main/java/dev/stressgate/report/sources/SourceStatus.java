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
    UNAVAILABLE;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
