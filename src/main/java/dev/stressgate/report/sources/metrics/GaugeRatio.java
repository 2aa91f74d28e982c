package dev.stressgate.report.sources.metrics;

import dev.stressgate.report.sources.exposition.Sample;
import java.util.List;
import java.util.Map;

/**
 * The highest ratio of one gauge to another at each scrape, pairing samples with the same labels; the fallback for
 * {@code max(a{..} / b{..})} (open file descriptors over their limit, for example). Pairs whose denominator is not
 * above zero have no value.
 */
record GaugeRatio(String numerator, String denominator) implements ScrapeComputation {

    @Override
    public List<String> requiredSamples() {
        return List.of(numerator, denominator);
    }

    @Override
    public int minimumScrapes() {
        return 1;
    }

    @Override
    public List<SeriesLine> compute(ScrapeLog log) {
        List<TimedExposition> scrapes = log.scrapes();
        GroupedPoints points = new GroupedPoints();
        for (TimedExposition scrape : scrapes) {
            double highest = Double.NaN;
            for (Sample top : scrape.samplesOf(numerator, List.of())) {
                for (Sample bottom : scrape.samplesOf(denominator, List.of())) {
                    if (bottom.labels().equals(top.labels()) && bottom.value() > 0) {
                        double ratio = top.value() / bottom.value();
                        highest = Double.isNaN(highest) ? ratio : Math.max(highest, ratio);
                    }
                }
            }
            points.add(Map.of(), scrape.epochMs(), highest);
        }
        return points.lines();
    }
}
