package dev.stressgate.report.sources.logs;

import dev.stressgate.report.sources.RunWindow;
import dev.stressgate.report.sources.SourceFailure;
import dev.stressgate.report.sources.SourceHealth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the window's errors, warnings and 429 lines from Loki. Pages forward through each query so counts are
 * complete (up to {@value #MAX_LINES_PER_QUERY} lines per query; beyond that the source is degraded), and redacts
 * every line before it is parsed or kept.
 */
final class LokiLogSource {

    static final String NAME = "loki";
    static final int MAX_LINES_PER_QUERY = 100_000;

    private final LokiClient client;
    private final LogSettings settings;
    private final Redactor redactor;
    private final AppLogLineParser parser = new AppLogLineParser();

    LokiLogSource(LogSettings settings, Redactor redactor) {
        this.settings = settings;
        this.redactor = redactor;
        this.client = new LokiClient(settings.lokiUrl(), settings.timeout());
    }

    /** LogQL for errors and warnings other than 429 responses (those are counted by the rate-limit query). */
    String severityQuery() {
        return settings.lokiSelector() + " | json | level=~\"ERROR|WARN\" | status!=\"429\"";
    }

    String rateLimitQuery() {
        return settings.lokiSelector() + " | json | message=\"request processed\" | status=\"429\"";
    }

    LogSourceOutcome collect(RunWindow window) {
        long start = window.startEpochMs() * 1_000_000L;
        long end = (window.endEpochMs() + 1) * 1_000_000L;
        LogTally tally = new LogTally(settings.excerptLimit());
        int[] counts = new int[2];
        Consumer<LokiLine> sink = lokiLine -> {
            counts[0]++;
            String line = redactor.redact(lokiLine.line());
            LogEntry entry = parser.parse(line).orElse(null);
            if (entry == null) {
                counts[1]++;
                String level = lokiLine.labels().getOrDefault("level", lokiLine.labels().get("detected_level"));
                entry = new LogEntry(lokiLine.epochNanos() / 1_000_000L, level, null, null, null, line);
            }
            tally.add(entry);
        };
        try {
            if (client.queryRange(settings.lokiSelector(), start, end, 1).isEmpty()) {
                return unavailable("Loki at " + settings.lokiUrl() + " has no lines for " + settings.lokiSelector()
                        + " in the window (is the target's log shipped to Loki? check LOKI_SELECTOR)");
            }
            boolean truncated = fetchAll(severityQuery(), start, end, sink) | fetchAll(rateLimitQuery(), start, end, sink);
            String summary = counts[0] + " lines read from " + settings.lokiUrl()
                    + (counts[1] > 0 ? ", " + counts[1] + " not in the app's JSON shape" : "");
            SourceHealth health = truncated
                    ? SourceHealth.degraded(NAME, summary + "; stopped paging early, counts are lower bounds")
                    : SourceHealth.used(NAME, summary);
            return new LogSourceOutcome(health, tally.categories(), counts[0], counts[1]);
        } catch (SourceFailure e) {
            return unavailable(e.getMessage());
        }
    }

    private LogSourceOutcome unavailable(String reason) {
        return new LogSourceOutcome(SourceHealth.unavailable(NAME, reason),
                new LogTally(settings.excerptLimit()).categories(), 0, 0);
    }

    /**
     * Feeds every line of the query to the sink, page by page; answers whether it had to stop early. The next page
     * starts at the last timestamp seen (inclusive), skipping the lines already delivered at that timestamp.
     */
    private boolean fetchAll(String logql, long start, long end, Consumer<LokiLine> sink) throws SourceFailure {
        Set<LokiLine> deliveredAtBoundary = new HashSet<>();
        long boundary = -1;
        long pageStart = start;
        int delivered = 0;
        while (true) {
            List<LokiLine> page = client.queryRange(logql, pageStart, end, settings.lokiPageSize());
            int fresh = 0;
            for (LokiLine line : page) {
                if (line.epochNanos() == boundary && deliveredAtBoundary.contains(line)) {
                    continue;
                }
                sink.accept(line);
                fresh++;
                delivered++;
            }
            if (page.size() < settings.lokiPageSize()) {
                return false;
            }
            if (fresh == 0 || delivered >= MAX_LINES_PER_QUERY) {
                return true;
            }
            long last = page.get(page.size() - 1).epochNanos();
            if (last != boundary) {
                deliveredAtBoundary.clear();
                boundary = last;
            }
            for (LokiLine line : page) {
                if (line.epochNanos() == last) {
                    deliveredAtBoundary.add(line);
                }
            }
            pageStart = last;
        }
    }
}
