package dev.stressgate.report.sources.logs;

/**
 * One log line kept as an excerpt, already redacted: when, its level, message, route and HTTP status when the
 * line carried them (null otherwise), and the redacted raw line.
 */
public record LogEntry(long epochMs, String level, String message, String route, Integer status, String line) {

    boolean isError() {
        return "ERROR".equalsIgnoreCase(level);
    }

    boolean isWarning() {
        return "WARN".equalsIgnoreCase(level) || "WARNING".equalsIgnoreCase(level);
    }

    boolean isServerError() {
        return status != null && status >= 500 && status <= 599;
    }

    boolean isRateLimited() {
        return status != null && status == 429;
    }
}
