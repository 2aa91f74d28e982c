package dev.stressgate.report.sources.logs;

import dev.stressgate.report.sources.RunWindow;
import dev.stressgate.report.sources.SourceHealth;
import java.util.ArrayList;
import java.util.List;

/**
 * Facade for the report's log excerpts: Loki first, else the target's JSON log file. Never throws for a missing or
 * broken source; every line and every reason it stores is redacted.
 */
public final class LogCollector {

    private final LogSettings settings;
    private final Redactor redactor = new Redactor();

    public LogCollector(LogSettings settings) {
        this.settings = settings;
    }

    public LogReport collect(RunWindow window) {
        List<SourceHealth> sources = new ArrayList<>();
        LogSourceOutcome loki = new LokiLogSource(settings, redactor).collect(window);
        sources.add(redacted(loki.health()));
        LogSourceOutcome chosen = loki;
        String source = LokiLogSource.NAME;
        if (!loki.answered()) {
            LogSourceOutcome file = new LogFileSource(settings, redactor).collect(window);
            sources.add(redacted(file.health()));
            chosen = file;
            source = file.answered() ? LogFileSource.NAME : "none";
        }
        return new LogReport(
                LogReport.SCHEMA_VERSION,
                source,
                window,
                settings.excerptLimit(),
                sources,
                chosen.linesScanned(),
                chosen.malformedLines(),
                chosen.categories());
    }

    private SourceHealth redacted(SourceHealth health) {
        return new SourceHealth(
                health.name(), health.status(), health.reason() == null ? null : redactor.redact(health.reason()));
    }
}
