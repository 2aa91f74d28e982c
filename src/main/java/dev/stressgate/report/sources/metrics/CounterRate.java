package dev.stressgate.report.sources.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-second increase of a counter between consecutive scrapes, summed per {@code by} group; the fallback for
 * {@code sum by (..) (rate(counter{..}[..]))}. Without grouping, an interval with no matching series is a rate of 0.
 */
record CounterRate(String counter, List<LabelMatcher> matchers, LabelGrouping by) implements ScrapeComputation {

    CounterRate {
        matchers = List.copyOf(matchers);
    }

    @Override
    public List<String> requiredSamples() {
        return List.of(counter);
    }

    @Override
    public int minimumScrapes() {
        return 2;
    }

    @Override
    public List<SeriesLine> compute(ScrapeLog log) {
        List<TimedExposition> scrapes = log.scrapes();
        GroupedPoints points = new GroupedPoints();
        ratesPerGroup(scrapes).forEach((group, rates) -> rates.forEach((ts, rate) -> points.add(group, ts, rate)));
        return points.lines();
    }

    /** Rate per group, keyed by the epoch ms of the later scrape of each interval. */
    Map<Map<String, String>, TreeMap<Long, Double>> ratesPerGroup(List<TimedExposition> scrapes) {
        Map<Map<String, String>, TreeMap<Long, Double>> rates = new HashMap<>();
        for (int i = 1; i < scrapes.size(); i++) {
            TimedExposition previous = scrapes.get(i - 1);
            TimedExposition current = scrapes.get(i);
            double seconds = (current.epochMs() - previous.epochMs()) / 1000.0;
            if (seconds <= 0) {
                continue;
            }
            Map<Map<String, String>, Double> sums = new HashMap<>();
            if (by.isNone()) {
                sums.put(Map.of(), 0.0);
            }
            CounterIncrease.into(scrapes, i, counter, matchers)
                    .forEach((labels, increase) -> sums.merge(by.key(labels), increase, Double::sum));
            sums.forEach((group, sum) ->
                    rates.computeIfAbsent(group, g -> new TreeMap<>()).put(current.epochMs(), sum / seconds));
        }
        return rates;
    }
}
