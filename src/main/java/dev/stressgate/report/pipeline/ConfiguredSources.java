package dev.stressgate.report.pipeline;

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
}
