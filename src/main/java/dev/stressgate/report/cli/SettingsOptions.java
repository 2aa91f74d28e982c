package dev.stressgate.report.cli;

import dev.stressgate.report.ai.OllamaSettings;
import dev.stressgate.report.pipeline.ReportSettings;
import dev.stressgate.report.sources.logs.LogFieldMapping;
import dev.stressgate.report.sources.logs.LogSettings;
import dev.stressgate.report.sources.metrics.MetricsSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code report} command's settings; each option overrides its environment variable, which overrides the default. */
final class SettingsOptions {
    @Mixin
    ArtifactDirOption artifactDir = new ArtifactDirOption();

    @Option(
            names = "--prom-url",
            paramLabel = "URL",
            description = "Prometheus (env PROM_URL, default http://localhost:9090)")
    URI prometheusUrl;

    @Option(
            names = "--loki-url",
            paramLabel = "URL",
            description = "Loki (env LOKI_URL, default http://localhost:3100)")
    URI lokiUrl;

    @Option(
            names = "--ollama-url",
            paramLabel = "URL",
            description = "Ollama (env OLLAMA_URL, default http://localhost:11434)")
    URI ollamaUrl;

    @Option(
            names = "--ollama-model",
            paramLabel = "NAME",
            description = "Ollama model (env OLLAMA_MODEL, default llama3.2:3b)")
    String ollamaModel;

    @Option(
            names = "--app-log-file",
            paramLabel = "FILE",
            description =
                    "Target's JSON log file, used when Loki has nothing (env APP_LOG_FILE, default tmp/socialapp/socialapp.log)")
    Path appLogFile;

    @Option(
            names = "--log-fields",
            paramLabel = "FIELD:NAME,...",
            description = "Log field names the recognised conventions do not cover, e.g. time:ts,message:msg,"
                    + "status:code,route:path,duration_ms:elapsed (env LOG_FIELDS; see docs/logs.md)")
    String logFields;

    @Option(names = "--queries", paramLabel = "FILE", description = "PromQL catalog (default monitoring/queries.json)")
    Path queriesFile;

    @Option(
            names = "--server-cores",
            paramLabel = "N",
            description =
                    "Cores of the target's host, to judge its CPU use in %% (env SERVER_CORES, default this machine's "
                            + "processor count, right for the embedded reference app)")
    Integer serverCores;

    @Option(
            names = "--baseline-tolerance",
            paramLabel = "PCT",
            description = "Relative change of p95, error rate or throughput against the baseline that counts as a "
                    + "regression or improvement (env BASELINE_TOLERANCE_PCT, default 10)")
    Double baselineTolerancePct;

    ReportSettings resolve(Map<String, String> environment, boolean aiEnabled) {
        Map<String, String> effective = environment;
        if (serverCores != null || baselineTolerancePct != null) {
            effective = new HashMap<>(environment);
            if (serverCores != null) {
                effective.put("SERVER_CORES", serverCores.toString());
            }
            if (baselineTolerancePct != null) {
                effective.put("BASELINE_TOLERANCE_PCT", baselineTolerancePct.toString());
            }
        }
        ReportSettings env = ReportSettings.fromEnvironment(effective);
        MetricsSettings metrics =
                prometheusUrl != null ? env.metrics().withPrometheusUrl(prometheusUrl) : env.metrics();
        LogSettings logs = lokiUrl != null ? env.logs().withLokiUrl(lokiUrl) : env.logs();
        logs = appLogFile != null ? logs.withLogFile(appLogFile) : logs;
        logs = logFields != null ? logs.withFields(LogFieldMapping.parse(logFields)) : logs;
        OllamaSettings ollama = ollamaUrl != null ? env.ollama().withUrl(ollamaUrl) : env.ollama();
        ollama = ollamaModel != null ? ollama.withModel(ollamaModel) : ollama;
        return new ReportSettings(
                artifactDir.resolve(effective),
                queriesFile != null ? queriesFile : env.queriesFile(),
                env.serverCores(),
                metrics,
                logs,
                aiEnabled ? ollama : ollama.disabled(),
                env.baselineTolerance(),
                env.configured().orGiven(prometheusUrl != null, lokiUrl != null, ollamaUrl != null));
    }
}
