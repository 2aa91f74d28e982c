package dev.stressgate.run;

import dev.stressgate.run.http.OutboundHttpSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where a run sends load and writes artifacts, resolved once: system property, else environment variable, else
 * default. Keys: {@code base.url}/{@code BASE_URL} (default http://localhost:8375), {@code artifact.dir}/{@code
 * ARTIFACT_DIR} ({@link RunDirectory#DEFAULT_LOCATION}), {@code profile}/{@code PROFILE} (smoke),
 * {@code run.name}/{@code RUN_NAME} (the run directory's label instead of the profile's name), {@code run.dir} (set
 * by the launcher for the simulation, so Gatling's results and the run's files share one directory),
 * {@code scrape.interval.s} (5),
 * {@code injector.index} (0) and {@code injector.count} (1).
 *
 * @param runName the label of the run directory, or null for the profile's name
 * @param runDir the run directory the launcher created, or null before it has
 */
public record RunSettings(
        URI baseUrl,
        Path artifactDir,
        String profile,
        String runName,
        Path runDir,
        Duration scrapeInterval,
        int injectorIndex,
        int injectorCount,
        OutboundHttpSettings outboundHttp) {

    public static final String DEFAULT_BASE_URL = "http://localhost:8375";
    public static final String DEFAULT_PROFILE = "smoke";
    public static final String RUN_DIR_PROPERTY = "run.dir";

    public static RunSettings fromEnvironment() {
        return resolve(System.getenv(), System.getProperties());
    }

    public static RunSettings resolve(Map<String, String> env, Properties properties) {
        Lookup lookup = new Lookup(env, properties);
        String baseUrl = lookup.value("base.url", "BASE_URL").orElse(DEFAULT_BASE_URL);
        int index = lookup.integer("injector.index", 0, 0);
        int count = lookup.integer("injector.count", 1, 1);
        if (index >= count) {
            throw new IllegalArgumentException(
                    "injector.index: expected 0.." + (count - 1) + " (injector.count is " + count + "), got " + index);
        }
        return new RunSettings(
                baseUrl(baseUrl),
                Path.of(lookup.value("artifact.dir", "ARTIFACT_DIR").orElse(RunDirectory.DEFAULT_LOCATION)),
                lookup.value("profile", "PROFILE").orElse(DEFAULT_PROFILE),
                lookup.value("run.name", "RUN_NAME").orElse(null),
                lookup.value(RUN_DIR_PROPERTY, null).map(Path::of).orElse(null),
                Duration.ofSeconds(lookup.integer("scrape.interval.s", 5, 1)),
                index,
                count,
                OutboundHttpSettings.resolve(env, properties));
    }

    public Optional<Path> presetRunDir() {
        return Optional.ofNullable(runDir);
    }

    /** The run directory's label: {@code run.name} when given, else the profile's name. */
    public String runLabel(String profileName) {
        return runName != null ? runName : profileName;
    }

    /** The Prometheus endpoint of the target: {@code <base url>/metrics}. */
    public URI metricsUrl() {
        return baseUrl.resolve("/metrics");
    }

    private static URI baseUrl(String value) {
        try {
            URI uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below with the offending value
        }
        throw new IllegalArgumentException(
                "base.url / BASE_URL: expected an http(s) URL such as " + DEFAULT_BASE_URL + ", got '" + value + "'");
    }

    private record Lookup(Map<String, String> env, Properties properties) {

        Optional<String> value(String property, String variable) {
            String fromProperty = properties.getProperty(property);
            if (fromProperty != null && !fromProperty.isBlank()) {
                return Optional.of(fromProperty.trim());
            }
            String fromEnv = variable == null ? null : env.get(variable);
            return fromEnv == null || fromEnv.isBlank() ? Optional.empty() : Optional.of(fromEnv.trim());
        }

        int integer(String property, int fallback, int min) {
            Optional<String> raw = value(property, null);
            if (raw.isEmpty()) {
                return fallback;
            }
            try {
                int parsed = Integer.parseInt(raw.get());
                if (parsed >= min) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below with the offending value
            }
            throw new IllegalArgumentException(
                    property + ": expected an integer >= " + min + ", got '" + raw.get() + "'");
        }
    }
}
