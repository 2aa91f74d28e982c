package dev.stressgate.config;

import java.time.DateTimeException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * The one lookup of settings from the environment, shared by the load run and the reference app: a system property
 * wins over its environment variable (see {@link Setting}); an unset or blank value is absent and takes the caller's
 * default. A value that does not parse fails with a {@link ConfigException} naming the setting, the expected form
 * and the value given. This package depends on nothing else in the project, so every part may use it.
 */
public final class Environment {

    private final Map<String, String> variables;
    private final Properties properties;

    private Environment(Map<String, String> variables, Properties properties) {
        this.variables = Map.copyOf(variables);
        this.properties = (Properties) properties.clone();
    }

    /** This process's environment variables and system properties, as they are now. */
    public static Environment ofProcess() {
        return new Environment(System.getenv(), System.getProperties());
    }

    /** Environment variables alone (no system properties), e.g. those a test or a child process is given. */
    public static Environment of(Map<String, String> variables) {
        return new Environment(variables, new Properties());
    }

    public static Environment of(Map<String, String> variables, Properties properties) {
        return new Environment(variables, properties);
    }

    /** The setting's trimmed value, the system property first; empty when both are unset or blank. */
    public Optional<String> value(Setting setting) {
        String fromProperty = properties.getProperty(setting.property());
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Optional.of(fromProperty.strip());
        }
        String fromVariable = setting.variable() == null ? null : variables.get(setting.variable());
        return fromVariable == null || fromVariable.isBlank() ? Optional.empty() : Optional.of(fromVariable.strip());
    }

    public String text(Setting setting, String fallback) {
        return value(setting).orElse(fallback);
    }

    /** A whole number from {@code min} to {@code max}. */
    public int integer(Setting setting, int fallback, int min, int max) {
        String expected = max == Integer.MAX_VALUE
                ? "a whole number of at least " + min
                : "a whole number from " + min + " to " + max;
        return parsed(setting, fallback, expected, raw -> {
            int value = Integer.parseInt(raw);
            return value >= min && value <= max ? value : null;
        });
    }

    /** {@code true}/{@code false}, also {@code yes}/{@code no} and {@code 1}/{@code 0}. */
    public boolean bool(Setting setting, boolean fallback) {
        return parsed(setting, fallback, "true or false", raw -> switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> Boolean.TRUE;
            case "false", "no", "0" -> Boolean.FALSE;
            default -> null;
        });
    }

    /** A whole number of seconds of at least 1. */
    public Duration seconds(Setting setting, Duration fallback) {
        return parsed(setting, fallback, "a whole number of seconds of at least 1", raw -> {
            long seconds = Long.parseLong(raw);
            return seconds >= 1 ? Duration.ofSeconds(seconds) : null;
        });
    }

    /**
     * The value read by {@code parser}, which returns null or throws {@link IllegalArgumentException} (as
     * {@link NumberFormatException} does) or {@link DateTimeException} (as {@code Instant::parse} does) for a value it
     * refuses; the fallback when the setting is absent.
     *
     * @param expected what a valid value looks like, for the message: "a whole number from 1 to 4096"
     */
    public <T> T parsed(Setting setting, T fallback, String expected, Function<String, T> parser) {
        Optional<String> raw = value(setting);
        if (raw.isEmpty()) {
            return fallback;
        }
        T value;
        try {
            value = parser.apply(raw.get());
        } catch (IllegalArgumentException | DateTimeException e) {
            value = null;
        }
        if (value == null) {
            throw new ConfigException(setting.label() + ": expected " + expected + ", got '" + raw.get() + "'");
        }
        return value;
    }
}
