package dev.stressgate.report.sources.logs;

import java.util.List;
import java.util.Locale;

/**
 * The field names and level words of the structured-log conventions recognised without configuration (see
 * docs/logs.md): logstash/ECS, pino, bunyan, zap, logrus, Go's slog, Python json-logger and structlog, logfmt.
 * A dotted name matches a nested object ({@code res: {statusCode: ..}}) as well as a dotted key
 * ({@code "log.level": ..}). The first name present wins.
 */
final class LogConventions {

    static final List<String> TIME = List.of("@timestamp", "timestamp", "time", "ts", "asctime");
    static final List<String> LEVEL = List.of("level", "log.level", "levelname", "severity", "lvl");
    static final List<String> MESSAGE = List.of("message", "msg", "event", "short_message");
    static final List<String> STATUS = List.of(
            "status", "status_code", "statusCode", "res.statusCode", "http.response.status_code", "http.status_code");
    /** Templated routes first, then paths, then URLs (whose query is dropped). */
    static final List<String> ROUTE = List.of("route", "http.route", "url.path", "path", "req.url", "url", "uri");

    static final List<String> DURATION = List.of(
            "duration_ms",
            "responseTime",
            "response_time",
            "response-time",
            "latency_ms",
            "elapsed_ms",
            "duration_s",
            "duration_seconds",
            "duration_us",
            "event.duration",
            "latency",
            "elapsed",
            "duration");

    private LogConventions() {}

    /**
     * The canonical level (TRACE, DEBUG, INFO, WARN, ERROR, FATAL) of a level word or of pino/bunyan's numeric
     * levels (10 trace, 20 debug, 30 info, 40 warn, 50 error, 60 fatal); an unknown word is kept in upper case.
     */
    /**
     * Syslog severities 0 (emergency) to 7 (debug), as GELF and journald write them; pino and bunyan start at 10.
     */
    private static final String[] SYSLOG_SEVERITIES = {
        "FATAL", "FATAL", "FATAL", "ERROR", "WARN", "INFO", "INFO", "DEBUG"
    };

    static String level(String raw) {
        String word = raw.strip().toLowerCase(Locale.ROOT);
        if (word.matches("\\d{1,3}")) {
            int number = Integer.parseInt(word);
            if (number <= 7) {
                return SYSLOG_SEVERITIES[number];
            }
            return number <= 10
                    ? "TRACE"
                    : number <= 20
                            ? "DEBUG"
                            : number <= 30 ? "INFO" : number <= 40 ? "WARN" : number <= 50 ? "ERROR" : "FATAL";
        }
        return switch (word) {
            case "trace", "verbose" -> "TRACE";
            case "debug", "dbug" -> "DEBUG";
            case "info", "information", "informational", "notice" -> "INFO";
            case "warn", "warning" -> "WARN";
            case "error", "err", "eror" -> "ERROR";
            case "fatal", "critical", "crit", "panic", "dpanic", "emerg", "emergency", "alert", "severe" -> "FATAL";
            default -> raw.strip().toUpperCase(Locale.ROOT);
        };
    }
}
