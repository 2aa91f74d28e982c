package dev.stressgate.run;

import dev.stressgate.config.ConfigException;
import dev.stressgate.config.Environment;
import dev.stressgate.config.Setting;
import dev.stressgate.run.http.OutboundHttpSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Where a run sends load and writes artifacts, resolved once through {@link Environment}: system property, else
 * environment variable, else default. Keys: {@code base.url}/{@code BASE_URL} (default http://localhost:8375), {@code artifact.dir}/{@code
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
    /** Where run directories go: {@code ARTIFACT_DIR} / {@code -Dartifact.dir}, the report's too. */
    public static final Setting ARTIFACT_DIR = Setting.variable("ARTIFACT_DIR");

    /** The settings of this process: its system properties, then its environment. */
    public static RunSettings fromProcess() {
        return from(Environment.ofProcess());
    }

    public static RunSettings from(Environment environment) {
        int count = environment.integer(Setting.property("injector.count"), 1, 1, Integer.MAX_VALUE);
        int index = environment.integer(Setting.property("injector.index"), 0, 0, Integer.MAX_VALUE);
        if (index >= count) {
            throw new ConfigException(
                    "injector.index: expected 0.." + (count - 1) + " (injector.count is " + count + "), got " + index);
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
                OutboundHttpSettings.from(environment));
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
