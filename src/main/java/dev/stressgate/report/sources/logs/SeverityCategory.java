package dev.stressgate.report.sources.logs;

import java.util.List;

/**
 * Errors and warnings of the window: complete counts, and the first excerpts up to the configured cap. 429
 * responses (logged as WARN) are counted under {@link RateLimitCategory}, not here.
 */
public record SeverityCategory(int errorCount, int warnCount, List<LogEntry> excerpts) {

    public SeverityCategory {
        excerpts = List.copyOf(excerpts);
    }
}
