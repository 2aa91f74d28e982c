package dev.stressgate.report.sources.logs;

import dev.stressgate.run.http.TimeoutVariable;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Where the logs come from: Loki ({@code LOKI_URL}, stream selector {@code LOKI_SELECTOR}), else the target's JSON
 * or logfmt log file ({@code APP_LOG_FILE}); the total deadline per request ({@code LOKI_TIMEOUT_SECONDS}), the
 * excerpt cap per category, Loki's page size, and the field names of a log format the conventions do not cover
 * ({@code LOG_FIELDS}).
 */
public record LogSettings(
        URI lokiUrl,
        String lokiSelector,
        Path logFile,
        Duration timeout,
        int excerptLimit,
        int lokiPageSize,
        LogFieldMapping fields) {

    public static final URI DEFAULT_LOKI_URL = URI.create("http://localhost:3100");
    public static final String DEFAULT_LOKI_SELECTOR = "{job=\"socialapp\"}";
    public static final Path DEFAULT_LOG_FILE = Path.of("tmp", "socialapp", "socialapp.log");
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_EXCERPT_LIMIT = 50;
    public static final int DEFAULT_LOKI_PAGE_SIZE = 1000;

    public LogSettings {
        Objects.requireNonNull(lokiUrl, "lokiUrl");
        Objects.requireNonNull(logFile, "logFile");
        Objects.requireNonNull(fields, "fields");
        if (lokiSelector == null || !lokiSelector.strip().startsWith("{")) {
            throw new IllegalArgumentException("LOKI_SELECTOR must be a LogQL stream selector such as "
                    + DEFAULT_LOKI_SELECTOR + ", got: " + lokiSelector);
        }
        if (excerptLimit < 0 || lokiPageSize < 1 || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("excerpt limit must be >= 0, Loki page size >= 1, timeout positive");
        }
    }

    /** Settings without a field mapping: the conventions alone. */
    public LogSettings(
            URI lokiUrl, String lokiSelector, Path logFile, Duration timeout, int excerptLimit, int lokiPageSize) {
        this(lokiUrl, lokiSelector, logFile, timeout, excerptLimit, lokiPageSize, LogFieldMapping.NONE);
    }

    public LogSettings withLokiUrl(URI url) {
        return new LogSettings(url, lokiSelector, logFile, timeout, excerptLimit, lokiPageSize, fields);
    }

    public LogSettings withLogFile(Path file) {
        return new LogSettings(lokiUrl, lokiSelector, file, timeout, excerptLimit, lokiPageSize, fields);
    }

    public LogSettings withFields(LogFieldMapping mapping) {
        return new LogSettings(lokiUrl, lokiSelector, logFile, timeout, excerptLimit, lokiPageSize, mapping);
    }

    /**
     * Settings from {@code LOKI_URL}, {@code LOKI_SELECTOR}, {@code LOKI_TIMEOUT_SECONDS}, {@code APP_LOG_FILE} and
     * {@code LOG_FIELDS}, defaults
     * for the rest.
     */
    public static LogSettings fromEnvironment(Map<String, String> environment) {
        String url = environment.getOrDefault("LOKI_URL", "");
        String selector = environment.getOrDefault("LOKI_SELECTOR", "");
        String file = environment.getOrDefault("APP_LOG_FILE", "");
        return new LogSettings(
                url.isBlank() ? DEFAULT_LOKI_URL : URI.create(url),
                selector.isBlank() ? DEFAULT_LOKI_SELECTOR : selector,
                file.isBlank() ? DEFAULT_LOG_FILE : Path.of(file),
                TimeoutVariable.seconds(environment, "LOKI_TIMEOUT_SECONDS", DEFAULT_TIMEOUT),
                DEFAULT_EXCERPT_LIMIT,
                DEFAULT_LOKI_PAGE_SIZE,
                LogFieldMapping.parse(environment.get(LogFieldMapping.ENVIRONMENT_VARIABLE)));
    }
}
