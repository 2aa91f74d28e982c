package dev.stressgate.report.sources.logs;

/**
 * One log line kept as an excerpt, already redacted: when, its level (TRACE, DEBUG, INFO, WARN, ERROR or FATAL
 * when the line used a known level word or number, else its own word in upper case), message, route, HTTP status
 * and duration in milliseconds when the line carried them (null otherwise), and the redacted raw line.
 */
public record LogEntry(
        long epochMs, String level, String message, String route, Integer status, Double durationMs, String line) {

    boolean isError() {
        return "ERROR".equalsIgnoreCase(level) || "FATAL".equalsIgnoreCase(level);
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
