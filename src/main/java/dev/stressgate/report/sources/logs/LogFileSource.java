package dev.stressgate.report.sources.logs;

import dev.stressgate.report.sources.RunWindow;
import dev.stressgate.report.sources.SourceHealth;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the target's JSON log file and keeps the lines of the window. Each line is redacted first; a line that is
 * not a JSON log object (or has no valid {@code @timestamp}) is skipped and counted, never fatal. Its time being
 * unknown, a malformed line is counted whichever part of the file it is in.
 */
final class LogFileSource {

    static final String NAME = "file";

    private final LogSettings settings;
    private final Redactor redactor;
    private final AppLogLineParser parser = new AppLogLineParser();

    LogFileSource(LogSettings settings, Redactor redactor) {
        this.settings = settings;
        this.redactor = redactor;
    }

    LogSourceOutcome collect(RunWindow window) {
        Path file = settings.logFile();
        LogTally tally = new LogTally(settings.excerptLimit());
        if (!Files.isRegularFile(file)) {
            return new LogSourceOutcome(SourceHealth.unavailable(NAME, file + " does not exist"), tally.categories(), 0, 0);
        }
        int scanned = 0;
        int malformed = 0;
        int firstMalformedLine = 0;
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            String raw;
            int lineNumber = 0;
            while ((raw = reader.readLine()) != null) {
                lineNumber++;
                if (raw.isBlank()) {
                    continue;
                }
                var entry = parser.parse(redactor.redact(raw));
                if (entry.isEmpty()) {
                    malformed++;
                    firstMalformedLine = firstMalformedLine == 0 ? lineNumber : firstMalformedLine;
                } else if (window.contains(entry.get().epochMs())) {
                    scanned++;
                    tally.add(entry.get());
                }
            }
        } catch (IOException e) {
            return new LogSourceOutcome(SourceHealth.unavailable(NAME, "cannot read " + file + ": " + e.getMessage()),
                    new LogTally(settings.excerptLimit()).categories(), 0, 0);
        }
        String summary = scanned + " lines of the window read from " + file;
        SourceHealth health = malformed == 0 ? SourceHealth.used(NAME, summary)
                : SourceHealth.degraded(NAME, summary + "; " + malformed
                        + " line(s) skipped as not JSON log objects (first at line " + firstMalformedLine + ")");
        return new LogSourceOutcome(health, tally.categories(), scanned, malformed);
    }
}
