package dev.stressgate.live;

import java.util.Map;
import java.util.Properties;

/**
 * How a run is watched live, resolved once like {@code RunSettings}: system property, else environment variable,
 * else default. {@code injector.metrics.port}/{@code INJECTOR_METRICS_PORT}: the port of the injector's
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

    public static LiveSettings fromEnvironment() {
        return resolve(System.getenv(), System.getProperties());
    }

    public static LiveSettings resolve(Map<String, String> env, Properties properties) {
        String port = value(env, properties, "injector.metrics.port", "INJECTOR_METRICS_PORT");
        String host = value(env, properties, "injector.metrics.host", "INJECTOR_METRICS_HOST");
        String console = value(env, properties, "console", "CONSOLE");
        return new LiveSettings(port(port), host == null ? DEFAULT_HOST : host, console(console));
    }

    public boolean serveMetrics() {
        return metricsPort != OFF;
    }

    private static int port(String raw) {
        if (raw == null) {
            return DEFAULT_PORT;
        }
        if (raw.equalsIgnoreCase("off")) {
            return OFF;
        }
        try {
            int port = Integer.parseInt(raw);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the offending value
        }
        throw new IllegalArgumentException("injector.metrics.port / INJECTOR_METRICS_PORT: expected a port 0..65535 "
                + "(0 = any free port) or 'off', got '" + raw + "'");
    }

    private static Console console(String raw) {
        if (raw == null) {
            return Console.LIVE;
        }
        return switch (raw.toLowerCase(java.util.Locale.ROOT)) {
            case "live" -> Console.LIVE;
            case "gatling" -> Console.GATLING;
            default ->
                throw new IllegalArgumentException(
                        "console / CONSOLE: expected 'live' (one line every few seconds) or 'gatling' (Gatling's "
                                + "table), got '" + raw + "'");
        };
    }

    private static String value(Map<String, String> env, Properties properties, String property, String variable) {
        String fromProperty = properties.getProperty(property);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return fromProperty.trim();
        }
        String fromEnv = env.get(variable);
        return fromEnv == null || fromEnv.isBlank() ? null : fromEnv.trim();
    }
}
