package dev.stressgate.report.pipeline;

import dev.stressgate.report.ai.OllamaSettings;
import dev.stressgate.report.analysis.BaselineTolerance;
import dev.stressgate.report.sources.logs.LogFieldMapping;
import dev.stressgate.report.sources.logs.LogSettings;
import dev.stressgate.report.sources.metrics.MetricsSettings;
import dev.stressgate.run.RunDirectory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the report step finds its inputs and services: the artifact directory, the PromQL catalog, the target's
 * cores and each source's settings. The command line fills them from its options, whose defaults are the environment
 * variables ({@code ARTIFACT_DIR}, {@code SERVER_CORES}, {@code PROM_URL}, ...: {@code report --help} lists them);
 * code and tests use {@link #builder()}, whose defaults are those of the command line without variables.
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

    /** A builder with every default: sources on localhost, this machine's cores, all sources counted as configured. */
    public static Builder builder() {
        return new Builder();
    }

    /** This machine's processor count: where the embedded reference app runs. */
    public static int localCores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Report settings piece by piece; unset pieces keep their defaults (the constants of each settings record). */
    public static final class Builder {
        private Path artifactDir = Path.of(DEFAULT_ARTIFACT_DIR);
        private Path queriesFile = Path.of(DEFAULT_QUERIES_FILE);
        private int serverCores = localCores();
        private URI prometheusUrl = URI.create(MetricsSettings.DEFAULT_PROMETHEUS_URL);
        private String prometheusSelector = MetricsSettings.DEFAULT_SELECTOR;
        private Duration prometheusTimeout = MetricsSettings.DEFAULT_TIMEOUT;
        private URI lokiUrl = URI.create(LogSettings.DEFAULT_LOKI_URL);
        private String lokiSelector = LogSettings.DEFAULT_LOKI_SELECTOR;
        private Duration lokiTimeout = LogSettings.DEFAULT_TIMEOUT;
        private Path logFile = Path.of(LogSettings.DEFAULT_LOG_FILE);
        private LogFieldMapping logFields = LogFieldMapping.NONE;
        private URI ollamaUrl = URI.create(OllamaSettings.DEFAULT_URL);
        private String ollamaModel = OllamaSettings.DEFAULT_MODEL;
        private Duration ollamaTimeout = OllamaSettings.DEFAULT_TIMEOUT;
        private boolean aiEnabled = true;
        private BaselineTolerance baselineTolerance = BaselineTolerance.defaults();
        private ConfiguredSources configured = ConfiguredSources.all();

        private Builder() {}

        public Builder artifactDir(Path value) {
            artifactDir = value;
            return this;
        }

        public Builder queriesFile(Path value) {
            queriesFile = value;
            return this;
        }

        public Builder serverCores(int value) {
            serverCores = value;
            return this;
        }

        public Builder prometheusUrl(URI value) {
            prometheusUrl = value;
            return this;
        }

        public Builder prometheusSelector(String value) {
            prometheusSelector = value;
            return this;
        }

        public Builder prometheusTimeout(Duration value) {
            prometheusTimeout = value;
            return this;
        }

        public Builder lokiUrl(URI value) {
            lokiUrl = value;
            return this;
        }

        public Builder lokiSelector(String value) {
            lokiSelector = value;
            return this;
        }

        public Builder lokiTimeout(Duration value) {
            lokiTimeout = value;
            return this;
        }

        public Builder logFile(Path value) {
            logFile = value;
            return this;
        }

        public Builder logFields(LogFieldMapping value) {
            logFields = value;
            return this;
        }

        public Builder ollamaUrl(URI value) {
            ollamaUrl = value;
            return this;
        }

        public Builder ollamaModel(String value) {
            ollamaModel = value;
            return this;
        }

        public Builder ollamaTimeout(Duration value) {
            ollamaTimeout = value;
            return this;
        }

        /** False for {@code --no-ai}: the analysis is the deterministic one alone. */
        public Builder aiEnabled(boolean value) {
            aiEnabled = value;
            return this;
        }

        /** The relative change against the baseline that counts as one, in percent (default 10). */
        public Builder baselineTolerancePct(double value) {
            baselineTolerance = BaselineTolerance.defaults().withPct(value);
            return this;
        }

        public Builder configured(ConfiguredSources value) {
            configured = value;
            return this;
        }

        public ReportSettings build() {
            return new ReportSettings(
                    artifactDir,
                    queriesFile,
                    serverCores,
                    new MetricsSettings(
                            prometheusUrl,
                            prometheusSelector,
                            MetricsSettings.DEFAULT_SCRAPE_INTERVAL,
                            prometheusTimeout),
                    new LogSettings(
                            lokiUrl,
                            lokiSelector,
                            logFile,
                            lokiTimeout,
                            LogSettings.DEFAULT_EXCERPT_LIMIT,
                            LogSettings.DEFAULT_LOKI_PAGE_SIZE,
                            logFields),
                    new OllamaSettings(
                            ollamaUrl, ollamaModel, ollamaTimeout, OllamaSettings.DEFAULT_TEMPERATURE, aiEnabled),
                    baselineTolerance,
                    configured);
        }
    }
}
