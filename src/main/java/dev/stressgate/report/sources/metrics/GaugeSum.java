package dev.stressgate.report.sources.metrics;

import dev.stressgate.report.sources.exposition.Sample;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A gauge's value at each scrape, summed per {@code by} group; the fallback for {@code sum by (..) (gauge{..})}. */
record GaugeSum(String gauge, List<LabelMatcher> matchers, List<String> by) implements ScrapeComputation {

    GaugeSum {
        matchers = List.copyOf(matchers);
        by = List.copyOf(by);
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
    public List<SeriesLine> compute(List<TimedExposition> scrapes) {
        GroupedPoints points = new GroupedPoints();
        for (TimedExposition scrape : scrapes) {
            Map<Map<String, String>, Double> sums = new HashMap<>();
            for (Sample sample : scrape.samplesOf(gauge, matchers)) {
                sums.merge(CounterIncrease.groupKey(sample.labels(), by), sample.value(), Double::sum);
            }
            sums.forEach((group, sum) -> points.add(group, scrape.epochMs(), sum));
        }
        return points.lines();
    }
}
