package dev.stressgate.config;

import java.util.Locale;

/**
 * The name of one setting: its environment variable ({@code BASE_URL}) and the system property that overrides it
 * ({@code base.url}: the variable in lower case, {@code _} as {@code .}). Some settings are system properties only
 * ({@code run.dir}, set by the launcher for the simulation).
 *
 * @param variable the environment variable, or null for a property-only setting
 * @param property the system property, never null
 */
public record Setting(String variable, String property) {

    public Setting {
        if (property == null || property.isBlank()) {
            throw new IllegalArgumentException("a setting needs a system property name");
        }
    }

    /** The variable and its derived system property: {@code APP_PORT} and {@code app.port}. */
    public static Setting variable(String name) {
        return new Setting(name, name.toLowerCase(Locale.ROOT).replace('_', '.'));
    }

    /** A setting that only a system property gives ({@code -Dinjector.index=1}). */
    public static Setting property(String name) {
        return new Setting(null, name);
    }

    /** How messages name it: {@code BASE_URL / base.url}, or the property alone. */
    public String label() {
        return variable == null ? property : variable + " / " + property;
    }
}
