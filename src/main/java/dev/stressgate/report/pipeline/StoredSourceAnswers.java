package dev.stressgate.report.pipeline;

import dev.stressgate.report.sources.RunWindow;
import dev.stressgate.report.sources.logs.LogReport;
import dev.stressgate.report.sources.metrics.MetricsReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Re-running a report never loses data: what Prometheus (series and alerts, metrics.json) and Loki (logs.json)
 * answered for a run is kept with it, and a later report of the same run and window reuses it instead of asking
 * again, because once the stack is stopped they have nothing and the fallbacks (scrape.jsonl, the log file) are
 * poorer. With {@code refresh} the sources are asked again, and their stored answer is still kept when they have
 * nothing now.
 */
final class StoredSourceAnswers {
    private final Path runDir;
    private final boolean refresh;
    private final Consumer<String> progress;

    StoredSourceAnswers(Path runDir, boolean refresh, Consumer<String> progress) {
        this.runDir = runDir;
        this.refresh = refresh;
        this.progress = progress;
    }

    MetricsReport metrics(RunWindow window, Supplier<MetricsReport> collect) {
        return reuseOrCollect(
                MetricsReport.FILE_NAME,
                "Prometheus",
                () -> MetricsReport.readFrom(runDir),
                m -> m.fromPrometheus() && window.equals(m.window()),
                collect,
                MetricsReport::fromPrometheus);
    }

    LogReport logs(RunWindow window, Supplier<LogReport> collect) {
        return reuseOrCollect(
                LogReport.FILE_NAME,
                "Loki",
                () -> LogReport.readFrom(runDir),
                l -> l.fromLoki() && window.equals(l.window()),
                collect,
                LogReport::fromLoki);
    }

    private interface StoredRead<T> {
        T read() throws IOException;
    }

    private <T> T reuseOrCollect(
            String fileName,
            String source,
            StoredRead<T> read,
            Predicate<T> worthKeeping,
            Supplier<T> collect,
            Predicate<T> fromThatSource) {
        Optional<T> stored = stored(fileName, read).filter(worthKeeping);
        if (stored.isPresent() && !refresh) {
            progress.accept(
                    "    reusing what " + source + " answered, stored in " + fileName + " (--refresh asks again)");
            return stored.get();
        }
        T fresh = collect.get();
        if (stored.isPresent() && !fromThatSource.test(fresh)) {
            progress.accept("    " + source
                    + " has nothing for the run now; keeping what it answered before, stored in " + fileName);
            return stored.get();
        }
        return fresh;
    }

    private <T> Optional<T> stored(String fileName, StoredRead<T> read) {
        if (!Files.isRegularFile(runDir.resolve(fileName))) {
            return Optional.empty();
        }
        try {
            return Optional.of(read.read());
        } catch (IOException | RuntimeException e) {
            progress.accept("    stored " + fileName + " unreadable, asking the sources again: " + e.getMessage());
            return Optional.empty();
        }
    }
}
