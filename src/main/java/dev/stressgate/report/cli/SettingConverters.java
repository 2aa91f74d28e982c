package dev.stressgate.report.cli;

import dev.stressgate.report.sources.logs.LogFieldMapping;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters of option values that must be in a range; the message says what is expected and what was given. */
final class SettingConverters {
    private SettingConverters() {}

    /** A whole number of at least 1 (server cores). */
    static final class PositiveWholeNumber implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int parsed = Integer.parseInt(value.strip());
                if (parsed >= 1) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below with the offending value
            }
            throw new TypeConversionException("expected a whole number of at least 1, got '" + value + "'");
        }
    }

    /** A whole number of seconds of at least 1 (a source's total deadline). */
    static final class WholeSeconds implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                long seconds = Long.parseLong(value.strip());
                if (seconds >= 1) {
                    return Duration.ofSeconds(seconds);
                }
            } catch (NumberFormatException e) {
                // reported below with the offending value
            }
            throw new TypeConversionException("expected a whole number of seconds of at least 1, got '" + value + "'");
        }
    }

    /** A percentage of at least 0 (the baseline tolerance). */
    static final class Percentage implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            try {
                double pct = Double.parseDouble(value.strip());
                if (pct >= 0 && Double.isFinite(pct)) {
                    return pct;
                }
            } catch (NumberFormatException e) {
                // reported below with the offending value
            }
            throw new TypeConversionException("expected a percentage of at least 0 (e.g. 10), got '" + value + "'");
        }
    }

    /** A {@code LOG_FIELDS} mapping ({@code field:name,...}); blank is none. */
    static final class LogFields implements ITypeConverter<LogFieldMapping> {
        @Override
        public LogFieldMapping convert(String value) {
            try {
                return LogFieldMapping.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
