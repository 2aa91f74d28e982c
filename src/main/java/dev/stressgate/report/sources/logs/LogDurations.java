package dev.stressgate.report.sources.logs;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a request duration as milliseconds, never guessing a unit it cannot know:
 * <ol>
 * <li>text with units, as Go prints durations ({@code 850µs}, {@code 12.3ms}, {@code 1.2s}, {@code 1m2.5s}),
 * is read in those units, whatever the field;</li>
 * <li>a number whose unit is declared (LOG_FIELDS {@code duration_ms:}, {@code duration_s:}, ...) or named by the
 * field ({@code _ms}/{@code Ms}, {@code _s}/{@code _seconds}, {@code _us}, {@code _ns} suffix; pino-http's
 * {@code responseTime} and morgan's {@code response-time} are milliseconds, ECS's {@code event.duration}
 * nanoseconds) is read in that unit;</li>
 * <li>a bare number in a field without unit ({@code latency}, {@code elapsed}, {@code duration}) is seconds when it
 * has a fraction (zap's and Python's convention); a bare integer there is left out: milliseconds (Node) and
 * nanoseconds (Go's JSON of a time.Duration) are both common, so only a mapping can say which.</li>
 * </ol>
 */
final class LogDurations {

    private static final Pattern GO_DURATION = Pattern.compile("(?:[0-9]+(?:\\.[0-9]+)?(?:ns|us|µs|μs|ms|s|m|h))+");
    private static final Pattern GO_PART = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(ns|us|µs|μs|ms|s|m|h)");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,15}(\\.[0-9]+)?");
    private static final Map<String, BigDecimal> GO_UNITS = Map.of(
            "ns",
            DurationUnit.NANOSECONDS.millis,
            "us",
            DurationUnit.MICROSECONDS.millis,
            "µs",
            DurationUnit.MICROSECONDS.millis,
            "μs",
            DurationUnit.MICROSECONDS.millis,
            "ms",
            BigDecimal.ONE,
            "s",
            DurationUnit.SECONDS.millis,
            "m",
            BigDecimal.valueOf(60_000),
            "h",
            BigDecimal.valueOf(3_600_000));
    private static final Map<String, DurationUnit> KNOWN_FIELDS = Map.of(
            "responsetime",
            DurationUnit.MILLISECONDS,
            "response_time",
            DurationUnit.MILLISECONDS,
            "response-time",
            DurationUnit.MILLISECONDS,
            "event.duration",
            DurationUnit.NANOSECONDS);

    private LogDurations() {}

    /** The unit a field's name declares, or empty. */
    static Optional<DurationUnit> unitOfName(String field) {
        String name = field.toLowerCase(Locale.ROOT);
        if (KNOWN_FIELDS.containsKey(name)) {
            return Optional.of(KNOWN_FIELDS.get(name));
        }
        if (name.endsWith("ms") || name.endsWith("millis")) {
            return Optional.of(DurationUnit.MILLISECONDS);
        }
        if (name.endsWith("_us") || name.endsWith("micros")) {
            return Optional.of(DurationUnit.MICROSECONDS);
        }
        if (name.endsWith("_ns") || name.endsWith("nanos")) {
            return Optional.of(DurationUnit.NANOSECONDS);
        }
        if (name.endsWith("_s") || name.endsWith("_sec") || name.endsWith("seconds") || name.endsWith("_secs")) {
            return Optional.of(DurationUnit.SECONDS);
        }
        return Optional.empty();
    }

    /** Milliseconds of the value of {@code field}, in {@code declared} unit when given; empty when unknown. */
    static Optional<Double> millis(String field, String value, DurationUnit declared) {
        String text = value.strip();
        if (GO_DURATION.matcher(text).matches()) {
            BigDecimal total = BigDecimal.ZERO;
            Matcher part = GO_PART.matcher(text);
            while (part.find()) {
                total = total.add(new BigDecimal(part.group(1)).multiply(GO_UNITS.get(part.group(2))));
            }
            return Optional.of(total.doubleValue());
        }
        if (!NUMBER.matcher(text).matches()) {
            return Optional.empty();
        }
        BigDecimal number = new BigDecimal(text);
        DurationUnit unit = declared != null ? declared : unitOfName(field).orElse(null);
        if (unit == null) {
            if (text.indexOf('.') < 0) {
                return Optional.empty();
            }
            unit = DurationUnit.SECONDS;
        }
        return Optional.of(number.multiply(unit.millis).doubleValue());
    }
}
