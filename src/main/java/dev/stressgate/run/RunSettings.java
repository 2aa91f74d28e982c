package dev.stressgate.run;

import dev.stressgate.run.http.OutboundHttpSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where a run sends load and writes artifacts, resolved once: system property, else environment variable, else
 * default. Keys: {@code base.url}/{@code BASE_URL} (default http://localhost:8375), {@code artifact.dir}/{@code
 * ARTIFACT_DIR} ({@link RunDirectory#DEFAULT_LOCATION}), {@code profile}/{@code PROFILE} (smoke),
 * {@code run.name}/{@code RUN_NAME} (the run directory's label instead of the profile's name), {@code run.dir} (set
 * by the launcher for the simulation, so Gatling's results and the run's files share one directory),
 * {@code scrape.interval.s} (5), and for a run shared by several injectors (docs/distributed.md):
 * {@code injector.count}/{@code INJECTOR_COUNT} (1), {@code injector.index}/{@code INJECTOR_INDEX}, else
 * {@code JOB_COMPLETION_INDEX} (a Kubernetes Indexed Job's pod index; 0), {@code run.id}/{@code RUN_ID} (the shared
 * run directory's name; required when the count is above 1), {@code run.start-at}/{@code RUN_START_AT} (ISO-8601
 * UTC instant every injector waits for; none: start at once) and {@code run.start-tolerance.s}/{@code
 * RUN_START_TOLERANCE_S} (2: how late an injector may reach that instant before it refuses to run).
 *
 * @param runName the label of the run directory, or null for the profile's name
 * @param runDir the run directory the launcher created, or null before it has
 * @param runId the run id shared by every injector of one run, or null for a run directory of its own
 * @param startAt the instant every injector starts its load at, or null to start at once
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
        String runId,
        Instant startAt,
        Duration startTolerance,
        OutboundHttpSettings outboundHttp) {

    public static final String DEFAULT_BASE_URL = "http://localhost:8375";
    public static final String DEFAULT_PROFILE = "smoke";
    public static final String RUN_DIR_PROPERTY = "run.dir";
    public static final Duration DEFAULT_START_TOLERANCE = Duration.ofSeconds(2);

    public static RunSettings fromEnvironment() {
        return resolve(System.getenv(), System.getProperties());
    }

    public static RunSettings resolve(Map<String, String> env, Properties properties) {
        Lookup lookup = new Lookup(env, properties);
        String baseUrl = lookup.value("base.url", "BASE_URL").orElse(DEFAULT_BASE_URL);
        int count = lookup.integer("injector.count", "INJECTOR_COUNT", 1, 1);
        int index = lookup.value("injector.index", "INJECTOR_INDEX").isPresent()
                ? lookup.integer("injector.index", "INJECTOR_INDEX", 0, 0)
                : lookup.integer("injector.index", "JOB_COMPLETION_INDEX", 0, 0);
        if (index >= count) {
            throw new IllegalArgumentException("injector.index / INJECTOR_INDEX: expected 0.." + (count - 1)
                    + " (injector.count is " + count + "), got " + index);
        }
        String runId = lookup.value("run.id", "RUN_ID").orElse(null);
        if (runId != null) {
            RunDirectory.requireSafeName("run.id / RUN_ID", runId);
        } else if (count > 1) {
            throw new IllegalArgumentException("run.id / RUN_ID: required when injector.count is above 1 (" + count
                    + "), so that every injector writes under one run directory");
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
                runId,
                lookup.value("run.start-at", "RUN_START_AT")
                        .map(RunSettings::instant)
                        .orElse(null),
                Duration.ofMillis(Math.round(1000
                        * lookup.decimal(
                                "run.start-tolerance.s",
                                "RUN_START_TOLERANCE_S",
                                DEFAULT_START_TOLERANCE.toSeconds()))),
                OutboundHttpSettings.resolve(env, properties));
    }

    /** Whether this injector shares its run with others under one run id ({@code RUN_ID}). */
    public boolean sharedRun() {
        return runId != null;
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

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("run.start-at / RUN_START_AT: expected an ISO-8601 UTC instant such as "
                    + "2026-11-28T12:00:00Z, got '" + value + "'");
        }
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
            return integer(property, null, fallback, min);
        }

        double decimal(String property, String variable, double fallback) {
            Optional<String> raw = value(property, variable);
            if (raw.isEmpty()) {
                return fallback;
            }
            try {
                double parsed = Double.parseDouble(raw.get());
                if (parsed >= 0 && Double.isFinite(parsed)) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below with the offending value
            }
            throw new IllegalArgumentException(property + (variable == null ? "" : " / " + variable)
                    + ": expected a number of seconds >= 0, got '" + raw.get() + "'");
        }

        int integer(String property, String variable, int fallback, int min) {
            Optional<String> raw = value(property, variable);
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
            throw new IllegalArgumentException(property + (variable == null ? "" : " / " + variable)
                    + ": expected an integer >= " + min + ", got '" + raw.get() + "'");
        }
    }
}
