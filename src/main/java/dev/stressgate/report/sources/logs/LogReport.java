package dev.stressgate.report.sources.logs;

import dev.stressgate.report.sources.ArtifactJson;
import dev.stressgate.report.sources.RunWindow;
import dev.stressgate.report.sources.SourceHealth;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Content of logs.json: which source the lines came from ({@code loki}, {@code file} or {@code none}), the health
 * of every source consulted, how many lines of the window were read and how many were unreadable, and the
 * categories. Every stored line is redacted.
 */
public record LogReport(
        int schemaVersion,
        String source,
        RunWindow window,
        int excerptLimit,
        List<SourceHealth> sources,
        int linesScanned,
        int malformedLines,
        LogCategories categories) {

    public static final String FILE_NAME = "logs.json";
    public static final int SCHEMA_VERSION = 1;

    public LogReport {
        sources = List.copyOf(sources);
    }

    public void writeTo(Path runDir) throws IOException {
        ArtifactJson.write(runDir.resolve(FILE_NAME), this);
    }

    /** True when the lines came from Loki: data a later report cannot read again once the stack is gone. */
    public boolean fromLoki() {
        return LokiLogSource.NAME.equals(source);
    }

    /** This report with Loki read as optional, for when the user never set its address. */
    public LogReport withLokiOptional(String why) {
        List<SourceHealth> relabelled = sources.stream()
                .map(h -> LokiLogSource.NAME.equals(h.name()) ? h.notConfiguredIfUnavailable(why) : h)
                .toList();
        return new LogReport(
                schemaVersion, source, window, excerptLimit, relabelled, linesScanned, malformedLines, categories);
    }

    public static LogReport readFrom(Path runDir) throws IOException {
        return ArtifactJson.read(runDir.resolve(FILE_NAME), LogReport.class);
    }
}
