package dev.stressgate.report.sources.metrics;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How long each successful scrape took, in seconds: the scrape fallback of the {@code scrape_duration} query, which
 * asks Prometheus for its own {@code scrape_duration_seconds}. The metrics endpoint does no I/O of its own, so a
 * process short of CPU (a blocked event loop, threads queued for a core or for Python's GIL) answers it late, while
 * one that only waits for its database answers it at once. Scrapes recorded without a duration give no point.
 */
record ScrapeDuration() implements ScrapeComputation {

    @Override
    public List<String> requiredSamples() {
        return List.of();
    }

    @Override
    public int minimumScrapes() {
        return 1;
    }

    @Override
    public List<SeriesLine> compute(ScrapeLog log) {
        List<Point> points = log.scrapes().stream()
                .filter(s -> Objects.nonNull(s.durationMs()))
                .map(s -> new Point(s.epochMs(), s.durationMs() / 1000.0))
                .toList();
        return points.isEmpty() ? List.of() : List.of(new SeriesLine(Map.of(), points));
    }
}
