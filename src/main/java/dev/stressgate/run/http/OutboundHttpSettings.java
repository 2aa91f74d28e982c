package dev.stressgate.run.http;

import dev.stressgate.config.Environment;
import dev.stressgate.config.Setting;
import java.net.http.HttpClient;

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
        return from(Environment.ofProcess());
    }

    public static OutboundHttpSettings from(Environment environment) {
        return new OutboundHttpSettings(
                environment.parsed(
                        Setting.variable("OUTBOUND_HTTP_VERSION"),
                        HttpClient.Version.HTTP_1_1,
                        "1.1 or 2",
                        raw -> switch (raw) {
                            case "1.1" -> HttpClient.Version.HTTP_1_1;
                            case "2" -> HttpClient.Version.HTTP_2;
                            default -> null;
                        }),
                mebibytes(environment, Setting.variable("SCRAPE_MAX_MIB"), DEFAULT_SCRAPE_MAX_MIB),
                mebibytes(environment, Setting.variable("QUERY_MAX_MIB"), DEFAULT_QUERY_MAX_MIB));
    }

    private static long mebibytes(Environment environment, Setting setting, int fallback) {
        return MIB
                * environment.parsed(setting, (long) fallback, "a whole number of MiB from 1 to 4096", raw -> {
                    long parsed = Long.parseLong(raw);
                    return parsed >= 1 && parsed <= 4096 ? parsed : null;
                });
    }
}
