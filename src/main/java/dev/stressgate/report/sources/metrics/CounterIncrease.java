package dev.stressgate.report.sources.metrics;

import dev.stressgate.report.sources.exposition.Sample;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Increase of each counter series over one interval between consecutive scrapes, as Prometheus's {@code rate()}
 * counts it: a value lower than before is a counter reset (the process restarted), so the whole new value counts as
 * the increase; a series absent from the earlier scrape was created in between (client libraries create labelled
 * series on first use), so its value counts too.
 *
 * <p>Samples a counter cannot produce are dropped instead of becoming negative or absurd rates: a negative or
 * non-finite value, and a value that the next scrape contradicts — a spike the series falls back from to at least
 * its earlier level, or a dip it climbs back from (a real reset restarts near zero and does not return to the old
 * level within one interval). A dropped sample's increase is NaN, so sums over it are unknown and become no point
 * (never a made-up 0); the interval after it is measured from the sample before it.
 */
final class CounterIncrease {

    private CounterIncrease() {}

    /**
     * Increase per series during the interval that ends at scrape {@code i} (from scrape {@code i - 1}), scaled to that
     * interval when it had to be measured from scrape {@code i - 2} because scrape {@code i - 1} was implausible.
     */
    static Map<Map<String, String>, Double> into(
            List<TimedExposition> scrapes, int i, String metric, List<LabelMatcher> matchers) {
        Map<Map<String, String>, Double> twoBefore = i >= 2 ? values(scrapes.get(i - 2), metric, matchers) : Map.of();
        Map<Map<String, String>, Double> before = values(scrapes.get(i - 1), metric, matchers);
        Map<Map<String, String>, Double> now = values(scrapes.get(i), metric, matchers);
        Map<Map<String, String>, Double> after =
                i + 1 < scrapes.size() ? values(scrapes.get(i + 1), metric, matchers) : Map.of();
        double interval = scrapes.get(i).epochMs() - scrapes.get(i - 1).epochMs();
        double twoIntervals =
                i >= 2 ? scrapes.get(i).epochMs() - scrapes.get(i - 2).epochMs() : interval;
        Map<Map<String, String>, Double> increases = new HashMap<>();
        now.forEach((labels, value) -> {
            if (!possible(value) || contradicted(before.get(labels), value, after.get(labels))) {
                increases.put(labels, Double.NaN);
                return;
            }
            Double earlier = before.get(labels);
            double share = 1;
            if (earlier != null && (!possible(earlier) || contradicted(twoBefore.get(labels), earlier, value))) {
                earlier = twoBefore.get(labels);
                if (earlier == null || !possible(earlier) || twoIntervals <= 0) {
                    increases.put(labels, Double.NaN);
                    return;
                }
                share = interval / twoIntervals;
            }
            double increase = earlier == null || value < earlier ? value : value - earlier;
            increases.put(labels, increase * share);
        });
        return increases;
    }

    private static boolean possible(double counterValue) {
        return Double.isFinite(counterValue) && counterValue >= 0;
    }

    /** True when the next value shows {@code value} was garbage: a spike or a dip the series returns from. */
    private static boolean contradicted(Double previous, double value, Double next) {
        if (previous == null || next == null || !possible(previous) || !possible(next)) {
            return false;
        }
        boolean spike = value > next && next >= previous;
        boolean dip = value < previous && next >= previous;
        return spike || dip;
    }

    private static Map<Map<String, String>, Double> values(
            TimedExposition scrape, String metric, List<LabelMatcher> matchers) {
        Map<Map<String, String>, Double> values = new HashMap<>();
        for (Sample sample : scrape.samplesOf(metric, matchers)) {
            values.put(sample.labels(), sample.value());
        }
        return values;
    }
}
