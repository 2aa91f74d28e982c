package dev.stressgate.report.sources.metrics;

import dev.stressgate.report.sources.RunWindow;
import dev.stressgate.report.sources.SourceHealth;
import dev.stressgate.run.RunDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Computes the catalog's series from the run's own scrape.jsonl, for runs without a Prometheus server. Only the
 * series whose metrics the target exposed are computed; the others are listed as missing with the reason.
 */
final class ScrapeMetricsSource {

    static final String NAME = "scrape";

    private final ScrapeLogReader reader = new ScrapeLogReader();

    SeriesCollection collect(MetricQueryCatalog catalog, RunWindow window, Path runDir) {
        Path file = RunDirectory.at(runDir).scrapeJsonl();
        if (!Files.isRegularFile(file)) {
            return SeriesCollection.unavailable(
                    NAME, file + " does not exist (the run did not sample the target's /metrics)", catalog);
        }
        ScrapeLog log;
        try {
            log = reader.read(file, window);
        } catch (IOException e) {
            return SeriesCollection.unavailable(NAME, "cannot read " + file + ": " + e.getMessage(), catalog);
        }
        List<MissingSeries> missing = new ArrayList<>();
        List<MetricLines> series = new ArrayList<>();
        for (MetricQuery query : catalog.queries()) {
            Optional<String> problem = computeInto(query, log, series);
            problem.ifPresent(reason -> missing.add(new MissingSeries(query.id(), reason)));
        }
        long notExported =
                missing.stream().filter(m -> runtimeSpecific(catalog, m.id())).count();
        return new SeriesCollection(
                health(file, log, series.size(), missing.size() - (int) notExported, notExported), series, missing);
    }

    private static Optional<String> computeInto(MetricQuery query, ScrapeLog log, List<MetricLines> series) {
        Optional<ScrapeComputation> fallback = ScrapeFallbacks.forQuery(query.id());
        if (fallback.isEmpty()) {
            return Optional.of("no scrape fallback is defined for query id '" + query.id() + "'");
        }
        ScrapeComputation computation = fallback.get();
        if (log.scrapes().size() < computation.minimumScrapes()) {
            return Optional.of("needs " + computation.minimumScrapes() + " successful scrape(s) in the window, found "
                    + log.scrapes().size());
        }
        Optional<String> absent = computation.missingSamples(log.scrapes());
        if (absent.isPresent()) {
            return absent;
        }
        List<SeriesLine> lines = computation.compute(log);
        if (lines.stream().allMatch(line -> line.points().isEmpty())) {
            return Optional.of("no data points: no observations in the window");
        }
        series.add(new MetricLines(query.id(), query.title(), query.unit(), lines));
        return Optional.empty();
    }

    static boolean runtimeSpecific(MetricQueryCatalog catalog, String id) {
        return catalog.queries().stream().anyMatch(q -> q.id().equals(id) && q.runtimeSpecific());
    }

    private static SourceHealth health(Path file, ScrapeLog log, int present, int missing, long notExported) {
        String counts = log.scrapes().size() + " scrapes used, " + log.failedScrapes() + " failed, "
                + log.problems().size() + " unreadable line(s); " + present + " series computed, " + missing
                + " missing"
                + (notExported > 0 ? ", " + notExported + " runtime-specific not exported by this target" : "");
        String lastFailure = log.lastFailure() == null ? "" : "; last failed scrape: " + log.lastFailure();
        if (log.scrapes().isEmpty()) {
            return SourceHealth.unavailable(
                    NAME, "no successful scrape in the window in " + file + " (" + counts + ")" + lastFailure);
        }
        if (missing > 0 || log.failedScrapes() > 0 || !log.problems().isEmpty()) {
            String firstProblem = log.problems().isEmpty()
                    ? ""
                    : "; first problem: " + log.problems().get(0);
            return SourceHealth.degraded(NAME, counts + lastFailure + firstProblem);
        }
        return SourceHealth.used(NAME, counts);
    }
}
