package dev.stressgate.report.sources.metrics;

import java.util.List;
import java.util.Optional;

/**
 * Another computation's values times a constant: the fallback for PromQL's {@code x / 1000}, e.g. a latency
 * histogram exported in milliseconds ({@code http_request_duration_ms}) read in the catalog's seconds.
 */
record Scaled(ScrapeComputation computation, double factor) implements ScrapeComputation {

    @Override
    public List<String> requiredSamples() {
        return computation.requiredSamples();
    }

    @Override
    public int minimumScrapes() {
        return computation.minimumScrapes();
    }

    @Override
    public List<SeriesLine> compute(ScrapeLog log) {
        return computation.compute(log).stream()
                .map(line -> new SeriesLine(
                        line.labels(),
                        line.points().stream()
                                .map(p -> new Point(p.epochMs(), p.value() * factor))
                                .toList()))
                .toList();
    }

    @Override
    public Optional<String> missingSamples(List<TimedExposition> scrapes) {
        return computation.missingSamples(scrapes);
    }
}
