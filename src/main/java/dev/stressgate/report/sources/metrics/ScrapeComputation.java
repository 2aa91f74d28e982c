package dev.stressgate.report.sources.metrics;

import java.util.List;

/**
 * How the scrape fallback computes one catalog query from raw scrapes. This is a fixed mapping per query id
 * (see {@link ScrapeFallbacks}), not a PromQL interpreter.
 */
sealed interface ScrapeComputation permits CounterRate, CounterRatio, HistogramQuantile, GaugeSum {

    /** The sample names that must appear in at least one scrape for the computation to make sense. */
    List<String> requiredSamples();

    /** Rates and quantiles need an interval, hence two scrapes; gauges need one. */
    int minimumScrapes();

    List<SeriesLine> compute(List<TimedExposition> scrapes);
}
