package dev.stressgate.report.cli;

import dev.stressgate.report.ai.OllamaSettings;
import dev.stressgate.report.pipeline.ConfiguredSources;
import dev.stressgate.report.pipeline.ReportSettings;
import dev.stressgate.report.sources.logs.LogFieldMapping;
import dev.stressgate.report.sources.logs.LogSettings;
import dev.stressgate.report.sources.metrics.MetricsSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code report} command's settings. Each option defaults to its environment variable (picocli's
 * {@code ${env:NAME:-default}}, resolved by {@link EnvironmentDefaults}), so an option and its variable are one
 * setting: the option wins, then the variable, then the default. The addresses of the optional sources have no
 * fallback in the expression: unset, they take the default address and count as not configured.
 */
final class SettingsOptions {
    @Mixin
    ArtifactDirOption artifactDir = new ArtifactDirOption();

    @Option(
            names = "--prom-url",
            paramLabel = "URL",
            defaultValue = "${env:PROM_URL}",
            description = "Prometheus (env PROM_URL, default " + MetricsSettings.DEFAULT_PROMETHEUS_URL + ")")
    URI prometheusUrl;

    @Option(
            names = "--prom-selector",
            paramLabel = "MATCHERS",
            defaultValue = "${env:PROM_SELECTOR}",
            description = "Label matchers of the target's series, for $selector in the PromQL catalog (env "
                    + "PROM_SELECTOR, default " + MetricsSettings.DEFAULT_SELECTOR + ")")
    String prometheusSelector;

    @Option(
            names = "--prom-timeout",
            paramLabel = "SECONDS",
            defaultValue = "${env:PROM_TIMEOUT_SECONDS:-" + MetricsSettings.DEFAULT_TIMEOUT_SECONDS + "}",
            converter = SettingConverters.WholeSeconds.class,
            description = "Total deadline of one Prometheus query (env PROM_TIMEOUT_SECONDS, default "
                    + MetricsSettings.DEFAULT_TIMEOUT_SECONDS + ")")
    Duration prometheusTimeout;

    @Option(
            names = "--loki-url",
            paramLabel = "URL",
            defaultValue = "${env:LOKI_URL}",
            description = "Loki (env LOKI_URL, default " + LogSettings.DEFAULT_LOKI_URL + ")")
    URI lokiUrl;

    @Option(
            names = "--loki-selector",
            paramLabel = "SELECTOR",
            defaultValue = "${env:LOKI_SELECTOR}",
            description = "LogQL stream selector of the target's logs (env LOKI_SELECTOR, default "
                    + LogSettings.DEFAULT_LOKI_SELECTOR + ")")
    String lokiSelector;

    @Option(
            names = "--loki-timeout",
            paramLabel = "SECONDS",
            defaultValue = "${env:LOKI_TIMEOUT_SECONDS:-" + LogSettings.DEFAULT_TIMEOUT_SECONDS + "}",
            converter = SettingConverters.WholeSeconds.class,
            description = "Total deadline of one Loki request (env LOKI_TIMEOUT_SECONDS, default "
                    + LogSettings.DEFAULT_TIMEOUT_SECONDS + ")")
    Duration lokiTimeout;

    @Option(
            names = "--ollama-url",
            paramLabel = "URL",
            defaultValue = "${env:OLLAMA_URL}",
            description = "Ollama (env OLLAMA_URL, default " + OllamaSettings.DEFAULT_URL + ")")
    URI ollamaUrl;

    @Option(
            names = "--ollama-model",
            paramLabel = "NAME",
            defaultValue = "${env:OLLAMA_MODEL:-" + OllamaSettings.DEFAULT_MODEL + "}",
            description = "Ollama model (env OLLAMA_MODEL, default " + OllamaSettings.DEFAULT_MODEL + ")")
    String ollamaModel;

    @Option(
            names = "--ollama-timeout",
            paramLabel = "SECONDS",
            defaultValue = "${env:OLLAMA_TIMEOUT_SECONDS:-" + OllamaSettings.DEFAULT_TIMEOUT_SECONDS + "}",
            converter = SettingConverters.WholeSeconds.class,
            description = "Total deadline of the model's answer (env OLLAMA_TIMEOUT_SECONDS, default "
                    + OllamaSettings.DEFAULT_TIMEOUT_SECONDS + ")")
    Duration ollamaTimeout;

    @Option(
            names = "--app-log-file",
            paramLabel = "FILE",
            defaultValue = "${env:APP_LOG_FILE:-" + LogSettings.DEFAULT_LOG_FILE + "}",
            description = "Target's JSON log file, used when Loki has nothing (env APP_LOG_FILE, default "
                    + LogSettings.DEFAULT_LOG_FILE + ")")
    Path appLogFile;

    @Option(
            names = "--log-fields",
            paramLabel = "FIELD:NAME,...",
            defaultValue = "${env:LOG_FIELDS:-}",
            converter = SettingConverters.LogFields.class,
            description = "Log field names the recognised conventions do not cover, e.g. time:ts,message:msg,"
                    + "status:code,route:path,duration_ms:elapsed (env LOG_FIELDS; see docs/logs.md)")
    LogFieldMapping logFields;

    @Option(
            names = "--queries",
            paramLabel = "FILE",
            defaultValue = ReportSettings.DEFAULT_QUERIES_FILE,
            description = "PromQL catalog (default " + ReportSettings.DEFAULT_QUERIES_FILE + ")")
    Path queriesFile;

    @Option(
            names = "--server-cores",
            paramLabel = "N",
            defaultValue = "${env:SERVER_CORES}",
            converter = SettingConverters.PositiveWholeNumber.class,
            description =
                    "Cores of the target's host, to judge its CPU use in %% (env SERVER_CORES, default this machine's "
                            + "processor count, right for the embedded reference app)")
    Integer serverCores;

    @Option(
            names = "--baseline-tolerance",
            paramLabel = "PCT",
            defaultValue = "${env:BASELINE_TOLERANCE_PCT}",
            converter = SettingConverters.Percentage.class,
            description = "Relative change of p95, error rate or throughput against the baseline that counts as a "
                    + "regression or improvement (env BASELINE_TOLERANCE_PCT, default 10)")
    Double baselineTolerancePct;

    /** The settings these options (or their variables, or the defaults) name; {@code aiEnabled=false} for --no-ai. */
    ReportSettings settings(boolean aiEnabled) {
        ReportSettings.Builder builder = ReportSettings.builder()
                .artifactDir(artifactDir.artifactDir)
                .queriesFile(queriesFile)
                .prometheusTimeout(prometheusTimeout)
                .lokiTimeout(lokiTimeout)
                .logFile(appLogFile)
                .logFields(logFields)
                .ollamaModel(ollamaModel)
                .ollamaTimeout(ollamaTimeout)
                .aiEnabled(aiEnabled)
                .configured(new ConfiguredSources(
                        prometheusUrl != null || prometheusSelector != null,
                        lokiUrl != null || lokiSelector != null,
                        ollamaUrl != null));
        if (prometheusUrl != null) {
            builder.prometheusUrl(prometheusUrl);
        }
        if (prometheusSelector != null) {
            builder.prometheusSelector(prometheusSelector);
        }
        if (lokiUrl != null) {
            builder.lokiUrl(lokiUrl);
        }
        if (lokiSelector != null) {
            builder.lokiSelector(lokiSelector);
        }
        if (ollamaUrl != null) {
            builder.ollamaUrl(ollamaUrl);
        }
        if (serverCores != null) {
            builder.serverCores(serverCores);
        }
        if (baselineTolerancePct != null) {
            builder.baselineTolerancePct(baselineTolerancePct);
        }
        return builder.build();
    }
}
