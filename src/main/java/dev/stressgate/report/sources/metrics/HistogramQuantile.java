package dev.stressgate.report.sources.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A quantile of the observations made between consecutive scrapes, estimated from the increase of each
 * cumulative {@code _bucket} counter (resets handled) and linear interpolation inside the bucket that holds the
 * rank, like PromQL's {@code histogram_quantile(q, sum by (le, ..) (rate(x_bucket[..])))}. A rank in the
 * {@code +Inf} bucket answers the highest finite bound; an interval without observations has no point. The bounds
 * are whatever the target chose (client_java's, Go's or prom-client's defaults, seconds or milliseconds): the
 * estimate is in the histogram's own unit.
 */
record HistogramQuantile(double quantile, String histogram, List<LabelMatcher> matchers, LabelGrouping by)
        implements ScrapeComputation {

    HistogramQuantile {
        matchers = List.copyOf(matchers);
    }

    @Override
    public List<String> requiredSamples() {
        return List.of(histogram + "_bucket");
    }

    @Override
    public int minimumScrapes() {
        return 2;
    }

    @Override
    public List<SeriesLine> compute(ScrapeLog log) {
        List<TimedExposition> scrapes = log.scrapes();
        GroupedPoints points = new GroupedPoints();
        for (int i = 1; i < scrapes.size(); i++) {
            Map<Map<String, String>, NavigableMap<Double, Double>> bucketsPerGroup = new HashMap<>();
            CounterIncrease.into(scrapes, i, histogram + "_bucket", matchers).forEach((labels, increase) -> {
                Double upperBound = parseBound(labels.get("le"));
                if (upperBound != null) {
                    bucketsPerGroup
                            .computeIfAbsent(by.key(labels), g -> new TreeMap<>())
                            .merge(upperBound, increase, Double::sum);
                }
            });
            long ts = scrapes.get(i).epochMs();
            bucketsPerGroup.forEach((group, buckets) -> points.add(group, ts, estimate(quantile, buckets)));
        }
        return points.lines();
    }

    /** Estimates quantile {@code q} from cumulative bucket counts keyed by upper bound; NaN when it cannot. */
    static double estimate(double q, NavigableMap<Double, Double> cumulativeByUpperBound) {
        if (cumulativeByUpperBound.isEmpty() || cumulativeByUpperBound.lastKey() != Double.POSITIVE_INFINITY) {
            return Double.NaN;
        }
        List<Double> bounds = new ArrayList<>(cumulativeByUpperBound.keySet());
        List<Double> counts = new ArrayList<>();
        double highest = 0;
        for (double count : cumulativeByUpperBound.values()) {
            highest = Math.max(highest, count);
            counts.add(highest);
        }
        int last = bounds.size() - 1;
        double total = counts.get(last);
        if (total <= 0 || Double.isNaN(q)) {
            return Double.NaN;
        }
        double rank = Math.min(Math.max(q, 0), 1) * total;
        int bucket = 0;
        while (counts.get(bucket) < rank) {
            bucket++;
        }
        if (bucket == last) {
            return last == 0 ? Double.NaN : bounds.get(last - 1);
        }
        double upper = bounds.get(bucket);
        if (bucket == 0 && upper <= 0) {
            return upper;
        }
        double lower = bucket == 0 ? 0 : bounds.get(bucket - 1);
        double countBelow = bucket == 0 ? 0 : counts.get(bucket - 1);
        double inBucket = counts.get(bucket) - countBelow;
        return inBucket <= 0 ? upper : lower + (upper - lower) * (rank - countBelow) / inBucket;
    }

    private static Double parseBound(String le) {
        if (le == null) {
            return null;
        }
        if (le.equals("+Inf") || le.equals("Inf")) {
            return Double.POSITIVE_INFINITY;
        }
        try {
            return Double.parseDouble(le);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
