package dev.stressgate.report.pipeline;

import dev.stressgate.report.ai.OllamaSettings;
import dev.stressgate.report.analysis.BaselineTolerance;
import dev.stressgate.report.sources.logs.LogSettings;
import dev.stressgate.report.sources.metrics.MetricsSettings;
import dev.stressgate.run.RunDirectory;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the report step finds its inputs and services: the artifact directory ({@code ARTIFACT_DIR}), the PromQL
 * catalog, the target's cores ({@code SERVER_CORES}) and each source's own settings, read from the environment by
 * the source itself ({@code PROM_URL}, {@code PROM_SELECTOR}, {@code PROM_TIMEOUT_SECONDS}; {@code LOKI_URL},
 * {@code LOKI_SELECTOR}, {@code LOKI_TIMEOUT_SECONDS}, {@code APP_LOG_FILE}, {@code LOG_FIELDS}; {@code OLLAMA_URL},
 * {@code OLLAMA_MODEL}, {@code OLLAMA_TIMEOUT_SECONDS}). The CLI overrides them with its options.
 *
 * @param queriesFile the PromQL catalog (monitoring/queries.json)
 * @param serverCores cores of the target's host, to express its process CPU (in cores) as % of the host; the
 *                    default is this machine's {@code Runtime.availableProcessors()}, right for the embedded reference
 *                    app, which runs here; set {@code SERVER_CORES} for a remote target
 * @param ollama      the model; {@code enabled=false} for {@code --no-ai}: the analysis is the deterministic one alone
 * @param baselineTolerance what counts as a change against the baseline run ({@code BASELINE_TOLERANCE_PCT}, 10 %)
 * @param configured  which optional sources the user configured, so the others read as "not configured"
 */
public record ReportSettings(
        Path artifactDir,
        Path queriesFile,
        int serverCores,
        MetricsSettings metrics,
        LogSettings logs,
        OllamaSettings ollama,
        BaselineTolerance baselineTolerance,
        ConfiguredSources configured) {
    public static final String DEFAULT_ARTIFACT_DIR = RunDirectory.DEFAULT_LOCATION;
    public static final String DEFAULT_QUERIES_FILE = "monitoring/queries.json";

    public ReportSettings {
        if (serverCores < 1) {
            throw new IllegalArgumentException(
                    "server cores: expected a whole number of at least 1, got " + serverCores);
        }
    }

    /** Settings whose every source counts as configured. */
    public ReportSettings(
            Path artifactDir,
            Path queriesFile,
            int serverCores,
            MetricsSettings metrics,
            LogSettings logs,
            OllamaSettings ollama,
            BaselineTolerance baselineTolerance) {
        this(artifactDir, queriesFile, serverCores, metrics, logs, ollama, baselineTolerance, ConfiguredSources.all());
    }

    /** Settings from the environment, each unset or blank variable taking its default. */
    public static ReportSettings fromEnvironment(Map<String, String> env) {
        return new ReportSettings(
                artifactDirFromEnvironment(env),
                Path.of(DEFAULT_QUERIES_FILE),
                serverCores(env),
                MetricsSettings.fromEnvironment(env),
                LogSettings.fromEnvironment(env),
                OllamaSettings.fromEnvironment(env),
                baselineTolerance(env),
                ConfiguredSources.fromEnvironment(env));
    }

    /** {@code ARTIFACT_DIR}, or the default when it is unset or blank. */
    public static Path artifactDirFromEnvironment(Map<String, String> env) {
        return Path.of(value(env, "ARTIFACT_DIR", DEFAULT_ARTIFACT_DIR));
    }

    /** Settings with the sources' default selectors, timeouts and limits, and the given addresses. */
    public static ReportSettings of(
            Path artifactDir,
            URI prometheusUrl,
            URI lokiUrl,
            URI ollamaUrl,
            String ollamaModel,
            Path appLogFile,
            Path queriesFile,
            int serverCores,
            boolean aiEnabled) {
        OllamaSettings ollama = new OllamaSettings(
                ollamaUrl, ollamaModel, OllamaSettings.DEFAULT_TIMEOUT, OllamaSettings.DEFAULT_TEMPERATURE, aiEnabled);
        return new ReportSettings(
                artifactDir,
                queriesFile,
                serverCores,
                MetricsSettings.fromEnvironment(Map.of()).withPrometheusUrl(prometheusUrl),
                LogSettings.fromEnvironment(Map.of()).withLokiUrl(lokiUrl).withLogFile(appLogFile),
                ollama,
                BaselineTolerance.defaults());
    }

    /** This machine's processor count: where the embedded reference app runs. */
    public static int localCores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static int serverCores(Map<String, String> env) {
        String value = value(env, "SERVER_CORES", null);
        if (value == null) {
            return localCores();
        }
        try {
            int cores = Integer.parseInt(value.strip());
            if (cores >= 1) {
                return cores;
            }
        } catch (NumberFormatException e) {
            // reported below with the offending value
        }
        throw new IllegalArgumentException(
                "SERVER_CORES / --server-cores: expected a whole number of at least 1 (the target host's cores), got '"
                        + value + "'");
    }

    private static BaselineTolerance baselineTolerance(Map<String, String> env) {
        String value = value(env, "BASELINE_TOLERANCE_PCT", null);
        if (value == null) {
            return BaselineTolerance.defaults();
        }
        try {
            double pct = Double.parseDouble(value.strip());
            if (pct >= 0 && Double.isFinite(pct)) {
                return BaselineTolerance.defaults().withPct(pct);
            }
        } catch (NumberFormatException e) {
            // reported below with the offending value
        }
        throw new IllegalArgumentException("BASELINE_TOLERANCE_PCT / --baseline-tolerance: expected a percentage >= 0 "
                + "(e.g. 10), got '" + value + "'");
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
