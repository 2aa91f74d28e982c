package dev.stressgate.run.http;

import java.time.Duration;
import java.util.Map;

/**
 * A total deadline of outbound calls read from an environment variable of whole seconds
 * ({@code PROM_TIMEOUT_SECONDS}, {@code LOKI_TIMEOUT_SECONDS}, {@code OLLAMA_TIMEOUT_SECONDS}): unset or blank is
 * the caller's default; anything but a whole number of at least 1 is refused with the variable and the value.
 */
public final class TimeoutVariable {

    private TimeoutVariable() {}

    public static Duration seconds(Map<String, String> env, String variable, Duration fallback) {
        String raw = env.get(variable);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            long seconds = Long.parseLong(raw.strip());
            if (seconds >= 1) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below with the offending value
        }
        throw new IllegalArgumentException(
                variable + ": expected a whole number of seconds of at least 1, got '" + raw + "'");
    }
}
