package dev.stressgate.report.sources.logs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sorts log entries into the categories, counting every entry and keeping excerpts up to the cap. */
final class LogTally {

    private static final String UNKNOWN_ROUTE = "(unknown)";

    private final int excerptLimit;
    private int errors;
    private int warnings;
    private int serverErrors;
    private final List<LogEntry> severityExcerpts = new ArrayList<>();
    private int rateLimited;
    private final Map<String, Integer> rateLimitedByRoute = new HashMap<>();
    private final List<LogEntry> rateLimitExcerpts = new ArrayList<>();

    LogTally(int excerptLimit) {
        this.excerptLimit = excerptLimit;
    }

    void add(LogEntry entry) {
        if (entry.isServerError()) {
            serverErrors++;
        }
        if (entry.isRateLimited()) {
            rateLimited++;
            rateLimitedByRoute.merge(entry.route() == null ? UNKNOWN_ROUTE : entry.route(), 1, Integer::sum);
            keep(rateLimitExcerpts, entry);
        } else if (entry.isError() || entry.isWarning()) {
            if (entry.isError()) {
                errors++;
            } else {
                warnings++;
            }
            keep(severityExcerpts, entry);
        }
    }

    private void keep(List<LogEntry> excerpts, LogEntry entry) {
        if (excerpts.size() < excerptLimit) {
            excerpts.add(entry);
        }
    }

    LogCategories categories() {
        return new LogCategories(
                new SeverityCategory(errors, warnings, serverErrors, severityExcerpts),
                new RateLimitCategory(rateLimited, rateLimitedByRoute, rateLimitExcerpts));
    }
}
