package dev.stressgate.report.sources.metrics;

import java.util.List;
import java.util.Optional;

/**
 * The first of several computations whose metrics the target exposes: the fallback for PromQL's
 * {@code a or b or c} over the names different runtimes give one quantity (JVM, Node.js and Go heap, for example).
 */
record FirstAvailable(List<ScrapeComputation> alternatives) implements ScrapeComputation {

    FirstAvailable {
        alternatives = List.copyOf(alternatives);
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("at least one alternative is needed");
        }
    }

    static FirstAvailable of(ScrapeComputation... alternatives) {
        return new FirstAvailable(List.of(alternatives));
    }

    @Override
    public List<String> requiredSamples() {
        return alternatives.stream().flatMap(a -> a.requiredSamples().stream()).toList();
    }

    @Override
    public int minimumScrapes() {
        return alternatives.stream()
                .mapToInt(ScrapeComputation::minimumScrapes)
                .min()
                .orElseThrow();
    }

    @Override
    public List<SeriesLine> compute(ScrapeLog log) {
        List<TimedExposition> scrapes = log.scrapes();
        return chosen(scrapes).map(c -> c.compute(log)).orElse(List.of());
    }

    @Override
    public Optional<String> missingSamples(List<TimedExposition> scrapes) {
        if (chosen(scrapes).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("none of the metrics " + String.join(", ", requiredSamples())
                + " is present in any scrape of the window");
    }

    private Optional<ScrapeComputation> chosen(List<TimedExposition> scrapes) {
        return alternatives.stream()
                .filter(a -> a.missingSamples(scrapes).isEmpty())
                .findFirst();
    }
}
