package dev.stressgate.run;

import dev.stressgate.config.ConfigException;
import dev.stressgate.config.Environment;
import dev.stressgate.config.Setting;
import dev.stressgate.run.http.OutboundHttpSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a run sends load and writes artifacts, resolved once through {@link Environment}: system property, else
 * environment variable, else default. Keys: {@code base.url}/{@code BASE_URL} (default http://localhost:8375),
 * {@code artifact.dir}/{@code ARTIFACT_DIR} ({@link RunDirectory#DEFAULT_LOCATION}), {@code profile}/{@code PROFILE}
 * (smoke), {@code run.name}/{@code RUN_NAME} (the run directory's label instead of the profile's name),
 * {@code run.dir} (set by the launcher for the simulation, so Gatling's results and the run's files share one
 * directory), {@code scrape.interval.s} (5), and for a run shared by several injectors (docs/distributed.md):
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
    /** Where run directories go: {@code ARTIFACT_DIR} / {@code -Dartifact.dir}, the report's too. */
    public static final Setting ARTIFACT_DIR = Setting.variable("ARTIFACT_DIR");

    public static final Setting INJECTOR_COUNT = Setting.variable("INJECTOR_COUNT");
    public static final Setting INJECTOR_INDEX = Setting.variable("INJECTOR_INDEX");
    /** The pod index Kubernetes gives each pod of an Indexed Job; the injector index when INJECTOR_INDEX is unset. */
    public static final Setting JOB_COMPLETION_INDEX = Setting.variable("JOB_COMPLETION_INDEX");

    public static final Setting RUN_ID = Setting.variable("RUN_ID");
    public static final Setting RUN_START_AT = new Setting("RUN_START_AT", "run.start-at");
    public static final Setting RUN_START_TOLERANCE = new Setting("RUN_START_TOLERANCE_S", "run.start-tolerance.s");

    /** The settings of this process: its system properties, then its environment. */
    public static RunSettings fromProcess() {
        return from(Environment.ofProcess());
    }

    public static RunSettings from(Environment environment) {
        int count = environment.integer(INJECTOR_COUNT, 1, 1, Integer.MAX_VALUE);
        int index = environment.integer(
                environment.value(INJECTOR_INDEX).isPresent() ? INJECTOR_INDEX : JOB_COMPLETION_INDEX,
                0,
                0,
                Integer.MAX_VALUE);
        if (index >= count) {
            throw new ConfigException(INJECTOR_INDEX.label() + ": expected 0.." + (count - 1) + " (injector.count is "
                    + count + "), got " + index);
        }
        String runId = environment.text(RUN_ID, null);
        if (runId != null) {
            RunDirectory.requireSafeName(RUN_ID.label(), runId);
        } else if (count > 1) {
            throw new ConfigException(RUN_ID.label() + ": required when injector.count is above 1 (" + count
                    + "), so that every injector writes under one run directory");
        }
        return new RunSettings(
                environment.parsed(
                        Setting.variable("BASE_URL"),
                        baseUrl(DEFAULT_BASE_URL),
                        "an http(s) URL such as " + DEFAULT_BASE_URL,
                        RunSettings::baseUrl),
                Path.of(environment.text(ARTIFACT_DIR, RunDirectory.DEFAULT_LOCATION)),
                environment.text(Setting.variable("PROFILE"), DEFAULT_PROFILE),
                environment.text(Setting.variable("RUN_NAME"), null),
                environment
                        .value(Setting.property(RUN_DIR_PROPERTY))
                        .map(Path::of)
                        .orElse(null),
                Duration.ofSeconds(environment.integer(Setting.property("scrape.interval.s"), 5, 1, Integer.MAX_VALUE)),
                index,
                count,
                runId,
                environment.parsed(
                        RUN_START_AT, null, "an ISO-8601 UTC instant such as 2026-11-28T12:00:00Z", Instant::parse),
                environment.parsed(RUN_START_TOLERANCE, DEFAULT_START_TOLERANCE, "a number of seconds >= 0", raw -> {
                    double seconds = Double.parseDouble(raw);
                    return seconds >= 0 && Double.isFinite(seconds)
                            ? Duration.ofMillis(Math.round(seconds * 1000))
                            : null;
                }),
                OutboundHttpSettings.from(environment));
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

    /** The URL without a trailing slash, or null when it is not an absolute http(s) URL. */
    private static URI baseUrl(String value) {
        URI uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
        return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                ? uri
                : null;
    }
}
