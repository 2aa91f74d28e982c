package dev.stressgate.report.sources.logs;

import java.util.List;

/**
 * Errors and warnings of the window: complete counts, and the first excerpts up to the configured cap. 429
 * responses (logged as WARN) are counted under {@link RateLimitCategory}, not here.
 *
 * @param errorCount       every ERROR line (5xx request lines, faults, exceptions, ...)
 * @param warnCount        every WARN line except 429 request lines
 * @param serverErrorCount every request line answered with a 5xx status, whatever its level
 */
public record SeverityCategory(int errorCount, int warnCount, int serverErrorCount, List<LogEntry> excerpts) {

    public SeverityCategory {
        excerpts = List.copyOf(excerpts);
    }
}
