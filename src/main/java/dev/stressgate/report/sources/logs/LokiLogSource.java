package dev.stressgate.report.sources.logs;

import dev.stressgate.report.sources.RunWindow;
import dev.stressgate.report.sources.SourceFailure;
import dev.stressgate.report.sources.SourceHealth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the window's errors, warnings, 429 and 5xx lines from Loki. One query: the stream selector with a line
 * filter that keeps every line that may be one of them in any of the {@link LogConventions} (a level word, a
 * pino/bunyan level number, or 429/5xx anywhere); each line is then redacted and read by the same
 * {@link StructuredLogParser} as the log file, with Loki's timestamp for lines that carry none. With a
 * {@code LOG_FIELDS} level or status mapping the filter is dropped (its values cannot be foreseen). Pages forward
 * so counts are complete (up to {@value #MAX_LINES_PER_QUERY} lines; beyond that the source is degraded).
 */
final class LokiLogSource {

    static final String NAME = "loki";
    static final int MAX_LINES_PER_QUERY = 100_000;
    /** RE2 (LogQL) filter for lines that may be errors, warnings, 429 or 5xx; the parser decides. */
    static final String MAYBE_INTERESTING =
            " |~ `(?i)(err|warn|fatal|crit|panic|emerg|alert|severe|\\b[456]0\\b|\\b(429|5\\d\\d)\\b)`";

    private final LokiClient client;
    private final LogSettings settings;
    private final Redactor redactor;
    private final StructuredLogParser parser;

    LokiLogSource(LogSettings settings, Redactor redactor) {
        this.settings = settings;
        this.redactor = redactor;
        this.client = new LokiClient(settings.lokiUrl(), settings.timeout());
        this.parser = new StructuredLogParser(settings.fields());
    }

    String query() {
        boolean unforeseeable =
                settings.fields().name(LogFieldMapping.Field.LEVEL).isPresent()
                        || settings.fields().name(LogFieldMapping.Field.STATUS).isPresent();
        return settings.lokiSelector() + (unforeseeable ? "" : MAYBE_INTERESTING);
    }

    LogSourceOutcome collect(RunWindow window) {
        long start = window.startEpochMs() * 1_000_000L;
        long end = (window.endEpochMs() + 1) * 1_000_000L;
        LogTally tally = new LogTally(settings.excerptLimit());
        LineDiagnostics unreadable = new LineDiagnostics();
        int[] read = new int[1];
        Consumer<LokiLine> sink = lokiLine -> {
            read[0]++;
            long lokiMs = lokiLine.epochNanos() / 1_000_000L;
            String line = redactor.redact(lokiLine.line());
            LineReading reading = lokiLine.line().length() > Redactor.MAX_CHARS
                    ? new LineReading.Unreadable(UnreadableReason.TOO_LONG, null)
                    : parser.read(line, OptionalLong.of(lokiMs));
            if (reading instanceof LineReading.Read entry) {
                tally.add(entry.entry());
            } else if (reading instanceof LineReading.Unreadable why) {
                unreadable.add(why.reason(), 0, why.detail());
                tally.add(fromLabels(lokiLine.labels(), lokiMs, line));
            }
        };
        try {
            if (client.queryRange(settings.lokiSelector(), start, end, 1).isEmpty()) {
                return unavailable("Loki at " + settings.lokiUrl() + " has no lines for " + settings.lokiSelector()
                        + " in the window (is the target's log shipped to Loki? check LOKI_SELECTOR)");
            }
            boolean truncated = fetchAll(query(), start, end, sink);
            String summary = read[0] + " lines read from " + settings.lokiUrl()
                    + (unreadable.total() > 0 ? "; by their Loki labels only: " + unreadable.describe() : "");
            SourceHealth health = truncated
                    ? SourceHealth.degraded(NAME, summary + "; stopped paging early, counts are lower bounds")
                    : read[0] > 0 && unreadable.total() == read[0]
                            ? SourceHealth.degraded(NAME, summary)
                            : SourceHealth.used(NAME, summary);
            return new LogSourceOutcome(health, tally.categories(), read[0], unreadable.total());
        } catch (SourceFailure e) {
            return unavailable(e.getMessage());
        }
    }

    /** An entry for a line the parser could not read: Loki's time and the level label Loki or the shipper set. */
    private static LogEntry fromLabels(Map<String, String> labels, long lokiMs, String redactedLine) {
        String level = labels.getOrDefault("level", labels.get("detected_level"));
        return new LogEntry(
                lokiMs, level == null ? null : LogConventions.level(level), null, null, null, null, redactedLine);
    }

    private LogSourceOutcome unavailable(String reason) {
        return new LogSourceOutcome(
                SourceHealth.unavailable(NAME, reason), new LogTally(settings.excerptLimit()).categories(), 0, 0);
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
