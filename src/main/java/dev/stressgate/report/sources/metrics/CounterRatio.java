package dev.stressgate.report.sources.metrics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ratio of two counter rates per interval and group (e.g. 5xx responses over all responses); intervals where the
 * denominator did not increase have no point, as in PromQL where the division yields NaN.
 */
record CounterRatio(CounterRate numerator, CounterRate denominator) implements ScrapeComputation {

    @Override
    public List<String> requiredSamples() {
        return denominator.requiredSamples();
    }

    @Override
    public int minimumScrapes() {
        return 2;
    }

    @Override
    public List<SeriesLine> compute(ScrapeLog log) {
        List<TimedExposition> scrapes = log.scrapes();
        Map<Map<String, String>, TreeMap<Long, Double>> top = numerator.ratesPerGroup(scrapes);
        GroupedPoints points = new GroupedPoints();
        denominator
                .ratesPerGroup(scrapes)
                .forEach((group, rates) -> rates.forEach((ts, total) -> {
                    if (total > 0) {
                        double part = top.getOrDefault(group, new TreeMap<>()).getOrDefault(ts, 0.0);
                        points.add(group, ts, part / total);
                    }
                }));
        return points.lines();
    }
}
