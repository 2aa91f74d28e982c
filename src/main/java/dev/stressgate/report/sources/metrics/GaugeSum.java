package dev.stressgate.report.sources.metrics;

import dev.stressgate.report.sources.exposition.Sample;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A gauge's value at each scrape, summed per {@code by} group; the fallback for {@code sum by (..) (gauge{..})}. */
record GaugeSum(String gauge, List<LabelMatcher> matchers, LabelGrouping by) implements ScrapeComputation {

    GaugeSum {
        matchers = List.copyOf(matchers);
    }

    @Override
    public List<String> requiredSamples() {
        return List.of(gauge);
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
            Map<Map<String, String>, Double> sums = new HashMap<>();
            for (Sample sample : scrape.samplesOf(gauge, matchers)) {
                sums.merge(by.key(sample.labels()), sample.value(), Double::sum);
            }
            sums.forEach((group, sum) -> points.add(group, scrape.epochMs(), sum));
        }
        return points.lines();
    }
}
