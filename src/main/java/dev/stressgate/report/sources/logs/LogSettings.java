package dev.stressgate.report.sources.logs;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the logs come from: Loki ({@code LOKI_URL}, stream selector {@code LOKI_SELECTOR}), else the target's JSON
 * or logfmt log file ({@code APP_LOG_FILE}); the total deadline per request ({@code LOKI_TIMEOUT_SECONDS}), the
 * excerpt cap per category, Loki's page size, and the field names of a log format the conventions do not cover
 * ({@code LOG_FIELDS}). The report's command line reads them (its options default to those variables); code builds
 * them with {@code ReportSettings.builder()}.
 */
public record LogSettings(
        URI lokiUrl,
        String lokiSelector,
        Path logFile,
        Duration timeout,
        int excerptLimit,
        int lokiPageSize,
        LogFieldMapping fields) {

    public static final String DEFAULT_LOKI_URL = "http://localhost:3100";
    public static final String DEFAULT_LOKI_SELECTOR = "{job=\"socialapp\"}";
    public static final String DEFAULT_LOG_FILE = "tmp/socialapp/socialapp.log";
    public static final long DEFAULT_TIMEOUT_SECONDS = 10;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
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
}
