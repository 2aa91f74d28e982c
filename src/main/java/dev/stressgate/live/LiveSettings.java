package dev.stressgate.live;

import dev.stressgate.config.Environment;
import dev.stressgate.config.Setting;
import java.util.Locale;

/**
 * How a run is watched live, resolved once through {@link Environment} like {@code RunSettings}: system property,
 * else environment variable, else default. {@code injector.metrics.port}/{@code INJECTOR_METRICS_PORT}: the port of the injector's
 * {@code /metrics} ({@value #DEFAULT_PORT}; {@code 0} picks a free port, {@code off} serves none);
 * {@code injector.metrics.host}/{@code INJECTOR_METRICS_HOST}: the address it binds ({@value #DEFAULT_HOST}; set
 * {@code 0.0.0.0} in a pod); {@code console}/{@code CONSOLE}: {@code live} (one compact line every
 * {@value #DEFAULT_CONSOLE_PERIOD_S} s, default) or {@code gatling} (Gatling's own table).
 *
 * @param metricsPort the port to bind, 0 for any free one, or -1 for no endpoint
 */
public record LiveSettings(int metricsPort, String metricsHost, Console console) {
    public static final int DEFAULT_PORT = 9464;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_CONSOLE_PERIOD_S = 5;
    public static final int OFF = -1;

    /** Who writes the run's progress to standard output. */
    public enum Console {
        LIVE,
        GATLING
    }

    static final Setting PORT = Setting.variable("INJECTOR_METRICS_PORT");
    static final Setting HOST = Setting.variable("INJECTOR_METRICS_HOST");
    static final Setting CONSOLE = Setting.variable("CONSOLE");

    public static LiveSettings fromEnvironment() {
        return from(Environment.ofProcess());
    }

    public static LiveSettings from(Environment environment) {
        return new LiveSettings(
                environment.parsed(
                        PORT, DEFAULT_PORT, "a port 0..65535 (0 = any free port) or 'off'", LiveSettings::port),
                environment.text(HOST, DEFAULT_HOST),
                environment.parsed(
                        CONSOLE,
                        Console.LIVE,
                        "'live' (one line every few seconds) or 'gatling' (Gatling's table)",
                        LiveSettings::console));
    }

    public boolean serveMetrics() {
        return metricsPort != OFF;
    }

    /** The port, {@link #OFF} for {@code off}, or null for a value out of range. */
    private static Integer port(String raw) {
        if (raw.equalsIgnoreCase("off")) {
            return OFF;
        }
        int port = Integer.parseInt(raw);
        return port >= 0 && port <= 65535 ? port : null;
    }

    private static Console console(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "live" -> Console.LIVE;
            case "gatling" -> Console.GATLING;
            default -> null;
        };
    }
}
