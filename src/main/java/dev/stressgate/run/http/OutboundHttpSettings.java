package dev.stressgate.run.http;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * How every outbound HTTP call of the project behaves, read once: the HTTP version ({@code OUTBOUND_HTTP_VERSION} /
 * {@code outbound.http.version}: {@code 1.1}, the default, or {@code 2}), the body cap of a {@code /metrics} scrape
 * ({@code SCRAPE_MAX_MIB} / {@code scrape.max.mib}, default {@value #DEFAULT_SCRAPE_MAX_MIB}) and of a query
 * answer from Prometheus, Loki or Ollama ({@code QUERY_MAX_MIB} / {@code query.max.mib}, default
 * {@value #DEFAULT_QUERY_MAX_MIB}). A system property wins over the environment variable.
 *
 * <p>HTTP/1.1 is the default because Java's client otherwise sends {@code Upgrade: h2c} on plain http, which servers
 * that handle WebSocket upgrades themselves (typical of Node) answer with 404 or 400.
 */
public record OutboundHttpSettings(HttpClient.Version version, long scrapeMaxBytes, long queryMaxBytes) {

    public static final int DEFAULT_SCRAPE_MAX_MIB = 16;
    public static final int DEFAULT_QUERY_MAX_MIB = 32;
    private static final long MIB = 1024L * 1024;

    public OutboundHttpSettings {
        if (version == null) {
            throw new IllegalArgumentException("outbound HTTP version must be set");
        }
        if (scrapeMaxBytes < 1 || queryMaxBytes < 1) {
            throw new IllegalArgumentException("response size caps must be positive");
        }
    }

    public static OutboundHttpSettings defaults() {
        return new OutboundHttpSettings(
                HttpClient.Version.HTTP_1_1, DEFAULT_SCRAPE_MAX_MIB * MIB, DEFAULT_QUERY_MAX_MIB * MIB);
    }

    /** The settings of this process: its system properties, then its environment. */
    public static OutboundHttpSettings fromProcess() {
        return resolve(System.getenv(), System.getProperties());
    }

    public static OutboundHttpSettings resolve(Map<String, String> env, Properties properties) {
        return new OutboundHttpSettings(
                version(value(env, properties, "outbound.http.version", "OUTBOUND_HTTP_VERSION")),
                mebibytes(env, properties, "scrape.max.mib", "SCRAPE_MAX_MIB", DEFAULT_SCRAPE_MAX_MIB),
                mebibytes(env, properties, "query.max.mib", "QUERY_MAX_MIB", DEFAULT_QUERY_MAX_MIB));
    }

    private static HttpClient.Version version(Optional<String> raw) {
        return switch (raw.orElse("1.1")) {
            case "1.1" -> HttpClient.Version.HTTP_1_1;
            case "2" -> HttpClient.Version.HTTP_2;
            default ->
                throw new IllegalArgumentException("OUTBOUND_HTTP_VERSION / outbound.http.version: expected 1.1 or 2,"
                        + " got '" + raw.get() + "'");
        };
    }

    private static long mebibytes(
            Map<String, String> env, Properties properties, String property, String variable, int fallback) {
        Optional<String> raw = value(env, properties, property, variable);
        if (raw.isEmpty()) {
            return fallback * MIB;
        }
        try {
            long parsed = Long.parseLong(raw.get());
            if (parsed >= 1 && parsed <= 4096) {
                return parsed * MIB;
            }
        } catch (NumberFormatException e) {
            // reported below with the offending value
        }
        throw new IllegalArgumentException(variable + " / " + property
                + ": expected a whole number of MiB from 1 to 4096," + " got '" + raw.get() + "'");
    }

    private static Optional<String> value(
            Map<String, String> env, Properties properties, String property, String variable) {
        String fromProperty = properties.getProperty(property);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Optional.of(fromProperty.trim());
        }
        String fromEnv = env.get(variable);
        return fromEnv == null || fromEnv.isBlank() ? Optional.empty() : Optional.of(fromEnv.trim());
    }
}
