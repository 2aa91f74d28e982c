package dev.stressgate.report.analysis;

import java.util.List;
import java.util.Map;

/**
 * What the logs of the run window say, already categorized and redacted by the sources.
 *
 * @param severityCounts   lines per level (ERROR, WARN, ...)
 * @param rateLimitByRoute status=429 lines per route
 * @param serverErrorLines request lines of the window answered with a 5xx status (a complete count)
 * @param excerpts         example lines, redacted
 */
public record LogDigest(
        Map<String, Long> severityCounts,
        Map<String, Long> rateLimitByRoute,
        long serverErrorLines,
        List<LogExcerpt> excerpts) {

    public LogDigest {
        severityCounts = Map.copyOf(severityCounts);
        rateLimitByRoute = Map.copyOf(rateLimitByRoute);
        excerpts = List.copyOf(excerpts);
    }

    public static LogDigest empty() {
        return new LogDigest(Map.of(), Map.of(), 0, List.of());
    }
}
