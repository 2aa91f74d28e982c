package dev.stressgate.report.sources.metrics;

import java.util.List;
import java.util.Optional;

/**
 * How the scrape fallback computes one catalog query from raw scrapes. This is a fixed mapping per query id
 * (see {@link ScrapeFallbacks}), not a PromQL interpreter.
 */
sealed interface ScrapeComputation
        permits CounterRate,
                CounterRatio,
                HistogramQuantile,
                GaugeSum,
                GaugeRatio,
                FirstAvailable,
                Scaled,
                OrZero,
                TargetUp,
                ScrapeDuration {

    /** The sample names that must appear in at least one scrape for the computation to make sense. */
    List<String> requiredSamples();

    /** Rates and quantiles need an interval, hence two scrapes; gauges need one. */
    int minimumScrapes();

    /** The series from the run's scrapes; most computations read only the successful ones, a few the failures too. */
    List<SeriesLine> compute(ScrapeLog log);

    /** Why the scrapes cannot feed this computation: the required sample no scrape exposes; empty when they can. */
    default Optional<String> missingSamples(List<TimedExposition> scrapes) {
        return requiredSamples().stream()
                .filter(sample -> scrapes.stream().noneMatch(scrape -> scrape.exposes(sample)))
                .findFirst()
                .map(sample -> "metric '" + sample + "' is not present in any scrape of the window");
    }
}
