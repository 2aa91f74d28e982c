package dev.stressgate.report.sources.logs;

import dev.stressgate.report.sources.RunWindow;
import dev.stressgate.report.sources.SourceHealth;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Reads the target's log file (JSON lines or logfmt, any of the {@link LogConventions}) and keeps the lines of
 * the window. A line is first read only for its time: a line outside the window is counted and dropped (so the
 * work beyond reading is bounded by the window); a line of the window is redacted and read again, and only that
 * is kept. A line that gives no entry is counted with its reason (redacted), never fatal.
 * Its time being unknown, an unreadable line is counted whichever part of the file it is in. The source is
 * degraded when some lines were unreadable, and when no line of the window could be used (with the reasons).
 */
final class LogFileSource {

    static final String NAME = "file";

    private final LogSettings settings;
    private final Redactor redactor;
    private final StructuredLogParser parser;

    LogFileSource(LogSettings settings, Redactor redactor) {
        this.settings = settings;
        this.redactor = redactor;
        this.parser = new StructuredLogParser(settings.fields());
    }

    LogSourceOutcome collect(RunWindow window) {
        Path file = settings.logFile();
        LogTally tally = new LogTally(settings.excerptLimit());
        if (!Files.isRegularFile(file)) {
            return new LogSourceOutcome(
                    SourceHealth.unavailable(NAME, file + " does not exist"), tally.categories(), 0, 0);
        }
        int scanned = 0;
        int lines = 0;
        LineDiagnostics unreadable = new LineDiagnostics();
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BoundedLineReader reader =
                new BoundedLineReader(new InputStreamReader(Files.newInputStream(file), decoder), Redactor.MAX_CHARS)) {
            BoundedLineReader.Line line;
            int lineNumber = 0;
            while ((line = reader.next()) != null) {
                lineNumber++;
                String raw = line.text();
                if (raw.isBlank() && !line.tooLong()) {
                    continue;
                }
                lines++;
                if (line.tooLong()) {
                    unreadable.add(UnreadableReason.TOO_LONG, lineNumber, null);
                    continue;
                }
                LineReading reading = parser.read(raw, OptionalLong.empty());
                if (reading instanceof LineReading.Read outside
                        && !window.contains(outside.entry().epochMs())) {
                    unreadable.outsideWindow(outside.entry().epochMs());
                    continue;
                }
                if (reading instanceof LineReading.Read) {
                    reading = parser.read(redactor.redact(raw), OptionalLong.empty());
                }
                if (reading instanceof LineReading.Read read) {
                    scanned++;
                    tally.add(read.entry());
                    if (read.utcAssumed()) {
                        unreadable.utcAssumed();
                    }
                } else if (reading instanceof LineReading.Unreadable why) {
                    String detail = why.detail() == null ? null : redactor.redact(why.detail());
                    unreadable.add(why.reason(), lineNumber, detail);
                }
            }
        } catch (IOException e) {
            return new LogSourceOutcome(
                    SourceHealth.unavailable(NAME, "cannot read " + file + ": " + e.getMessage()),
                    new LogTally(settings.excerptLimit()).categories(),
                    0,
                    0);
        }
        return new LogSourceOutcome(
                health(file, lines, scanned, unreadable), tally.categories(), scanned, unreadable.total());
    }

    private static SourceHealth health(Path file, int lines, int scanned, LineDiagnostics unreadable) {
        if (lines == 0) {
            return SourceHealth.degraded(NAME, file + " has no lines");
        }
        String outside = unreadable.describeOutsideWindow();
        if (scanned == 0) {
            return SourceHealth.degraded(
                    NAME,
                    "no usable line of the run window in " + file + " (" + lines + " lines): "
                            + join(unreadable.describe(), outside));
        }
        String summary = join(scanned + " lines of the window read from " + file, unreadable.describeUtcAssumed());
        if (unreadable.total() > 0) {
            return SourceHealth.degraded(NAME, summary + "; " + join(unreadable.describe(), outside));
        }
        return SourceHealth.used(NAME, outside.isEmpty() ? summary : summary + "; " + outside);
    }

    private static String join(String first, String second) {
        return first.isEmpty() ? second : second.isEmpty() ? first : first + "; " + second;
    }
}
