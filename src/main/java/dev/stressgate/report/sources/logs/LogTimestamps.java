package dev.stressgate.report.sources.logs;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Reads a log timestamp as epoch milliseconds. Numbers (or numeric text) are epoch time whose unit follows from
 * the magnitude: below 10^11 seconds (zap's {@code ts}, fractions kept), below 10^14 milliseconds (pino's
 * {@code time}), below 10^17 microseconds, else nanoseconds. Text is ISO-8601 with {@code T} or a space between
 * date and time, a fraction after {@code .} or {@code ,} (Python's {@code asctime}), and an offset {@code Z},
 * {@code +01:00}, {@code +0100} or none; a time without offset is read as UTC.
 */
final class LogTimestamps {

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,20}(\\.[0-9]{1,12})?");
    private static final Pattern TRAILING_ZONE = Pattern.compile("\\s+([+-]\\d{2}:?\\d{2}|Z|UTC)$");
    private static final Pattern COMMA_FRACTION = Pattern.compile("(\\d{2}:\\d{2}:\\d{2}),(\\d)");
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart()
            .appendOffset("+HH:MM:ss", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .toFormatter();

    /** A point in time; {@code utcAssumed} when the text had no offset and was read as UTC. */
    record Timestamp(long epochMs, boolean utcAssumed) {}

    private LogTimestamps() {}

    /** The timestamp the text holds, or empty when it is no timestamp this class knows. */
    static Optional<Timestamp> read(String text) {
        String value = text.strip();
        if (NUMBER.matcher(value).matches()) {
            OptionalLong epochMs = epochMillis(new BigDecimal(value));
            return epochMs.isPresent() ? Optional.of(new Timestamp(epochMs.getAsLong(), false)) : Optional.empty();
        }
        if (value.length() < 19) {
            return Optional.empty();
        }
        if (value.charAt(10) == ' ') {
            value = value.substring(0, 10) + 'T' + value.substring(11);
        }
        value = COMMA_FRACTION.matcher(value).replaceFirst("$1.$2");
        value = TRAILING_ZONE.matcher(value).replaceFirst("$1").replaceFirst("UTC$", "Z");
        try {
            TemporalAccessor parsed = ISO.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
            return Optional.of(
                    parsed instanceof OffsetDateTime time
                            ? new Timestamp(time.toInstant().toEpochMilli(), false)
                            : new Timestamp(
                                    ((LocalDateTime) parsed)
                                            .toInstant(ZoneOffset.UTC)
                                            .toEpochMilli(),
                                    true));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static OptionalLong epochMillis(BigDecimal epoch) {
        if (epoch.signum() <= 0) {
            return OptionalLong.empty();
        }
        BigDecimal millis = epoch.compareTo(BigDecimal.valueOf(100_000_000_000L)) < 0
                ? epoch.movePointRight(3)
                : epoch.compareTo(BigDecimal.valueOf(100_000_000_000_000L)) < 0
                        ? epoch
                        : epoch.compareTo(BigDecimal.valueOf(100_000_000_000_000_000L)) < 0
                                ? epoch.movePointLeft(3)
                                : epoch.movePointLeft(6);
        return OptionalLong.of(millis.longValue());
    }
}
