package dev.stressgate.report.pipeline;

import java.util.Map;

/**
 * Which optional sources the user configured, by giving their address (environment variable or CLI option)
 * rather than leaving the default. A source that was never configured and gave nothing is shown as "not
 * configured", neutral; one that was configured and failed stays unavailable with its cause.
 */
public record ConfiguredSources(boolean prometheus, boolean loki, boolean ollama) {

    /** Everything counts as configured: each failure is reported as one (settings built in code, tests). */
    public static ConfiguredSources all() {
        return new ConfiguredSources(true, true, true);
    }

    /** From {@code PROM_URL}/{@code PROM_SELECTOR}, {@code LOKI_URL}/{@code LOKI_SELECTOR} and {@code OLLAMA_URL}. */
    public static ConfiguredSources fromEnvironment(Map<String, String> env) {
        return new ConfiguredSources(
                set(env, "PROM_URL") || set(env, "PROM_SELECTOR"),
                set(env, "LOKI_URL") || set(env, "LOKI_SELECTOR"),
                set(env, "OLLAMA_URL"));
    }

    /** These, plus what the command line gave. */
    public ConfiguredSources orGiven(boolean prometheusOption, boolean lokiOption, boolean ollamaOption) {
        return new ConfiguredSources(prometheus || prometheusOption, loki || lokiOption, ollama || ollamaOption);
    }

    private static boolean set(Map<String, String> env, String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }
}
