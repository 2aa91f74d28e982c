package dev.stressgate.report.sources.logs;

import dev.stressgate.report.sources.SourceHealth;

/** What one log source produced: its health, the categorized window, and how many lines it read or could not. */
record LogSourceOutcome(SourceHealth health, LogCategories categories, int linesScanned, int malformedLines) {

    boolean answered() {
        return health.status() != dev.stressgate.report.sources.SourceStatus.UNAVAILABLE;
    }
}
