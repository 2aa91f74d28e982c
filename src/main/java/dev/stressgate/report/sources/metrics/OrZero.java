package dev.stressgate.report.sources.metrics;

import java.util.List;
import java.util.Optional;

/**
 * A computation, or, when it yields no point at all, zero along another computation's lines: the fallback for
 * PromQL's {@code x or (0 * y)}. A counter of failures (5xx by route) has no series until the first failure, so a
 * healthy run reads zero per route instead of a missing series.
 */
record OrZero(ScrapeComputation computation, ScrapeComputation shape) implements ScrapeComputation {

    @Override
    public List<String> requiredSamples() {
        return shape.requiredSamples();
    }

    @Override
    public int minimumScrapes() {
        return Math.max(computation.minimumScrapes(), shape.minimumScrapes());
    }

    @Override
    public List<SeriesLine> compute(ScrapeLog log) {
        List<SeriesLine> lines = computation.compute(log);
        if (lines.stream().anyMatch(line -> !line.points().isEmpty())) {
            return lines;
        }
        return shape.compute(log).stream()
                .map(line -> new SeriesLine(
                        line.labels(),
                        line.points().stream()
                                .map(p -> new Point(p.epochMs(), 0))
                                .toList()))
                .toList();
    }

    @Override
    public Optional<String> missingSamples(List<TimedExposition> scrapes) {
        return shape.missingSamples(scrapes);
    }
}
