package dev.stressgate.report.sources.logs;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Field names of a log format the conventions do not cover, from {@code LOG_FIELDS} (or {@code --log-fields}):
 * comma-separated {@code <field>:<name in the log>} pairs such as
 * {@code time:ts,message:msg,level:sev,status:code,route:path,duration_ms:elapsed}. A mapped name is looked up
 * before the conventions' names; a dotted name reaches into nested objects. {@code duration} takes the unit from
 * the value or the name (see {@link LogDurations}); {@code duration_ms}, {@code duration_s}, {@code duration_us}
 * and {@code duration_ns} declare it.
 */
public record LogFieldMapping(Map<Field, String> names, DurationUnit durationUnit) {

    public static final String ENVIRONMENT_VARIABLE = "LOG_FIELDS";
    public static final LogFieldMapping NONE = new LogFieldMapping(Map.of(), null);

    /** The fields a mapping can name. */
    public enum Field {
        TIME,
        LEVEL,
        MESSAGE,
        STATUS,
        ROUTE,
        DURATION
    }

    private static final Map<String, DurationUnit> DURATION_KEYS = Map.of(
            "duration_ms",
            DurationUnit.MILLISECONDS,
            "duration_s",
            DurationUnit.SECONDS,
            "duration_us",
            DurationUnit.MICROSECONDS,
            "duration_ns",
            DurationUnit.NANOSECONDS);
    private static final String EXPECTED = "expected comma-separated <field>:<name> pairs, <field> one of time, "
            + "level, message, status, route, duration, duration_ms, duration_s, duration_us, duration_ns "
            + "(e.g. time:ts,message:msg,status:code)";

    public LogFieldMapping {
        names = Map.copyOf(names);
    }

    Optional<String> name(Field field) {
        return Optional.ofNullable(names.get(field));
    }

    /** The mapping of a {@code LOG_FIELDS} value; blank means none. */
    public static LogFieldMapping parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return NONE;
        }
        Map<Field, String> names = new EnumMap<>(Field.class);
        DurationUnit unit = null;
        for (String pair : spec.split(",")) {
            int colon = pair.indexOf(':');
            String key =
                    colon < 0 ? pair.strip() : pair.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String name = colon < 0 ? "" : pair.substring(colon + 1).strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException(
                        ENVIRONMENT_VARIABLE + ": '" + pair.strip() + "' has no name; " + EXPECTED);
            }
            Field field;
            if (DURATION_KEYS.containsKey(key)) {
                field = Field.DURATION;
                unit = DURATION_KEYS.get(key);
            } else {
                try {
                    field = Field.valueOf(key.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException unknown) {
                    throw new IllegalArgumentException(
                            ENVIRONMENT_VARIABLE + ": unknown field '" + key + "' in '" + pair.strip() + "'; "
                                    + EXPECTED,
                            unknown);
                }
            }
            if (names.put(field, name) != null) {
                throw new IllegalArgumentException(ENVIRONMENT_VARIABLE + ": " + key + " is mapped twice; " + EXPECTED);
            }
        }
        return new LogFieldMapping(names, unit);
    }
}
