package dev.stressgate.report.sources.metrics;

import dev.stressgate.report.sources.exposition.Sample;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Increase of each counter series between two consecutive scrapes. A value lower than before is a counter reset
 * (the process restarted), so the whole new value counts as the increase. A series absent from the earlier
 * scrape was created in between (client libraries create labelled series on first use), so its value counts too.
 */
final class CounterIncrease {

    private CounterIncrease() {
    }

    static Map<Map<String, String>, Double> between(TimedExposition previous, TimedExposition current,
                                                    String metric, List<LabelMatcher> matchers) {
        Map<Map<String, String>, Double> before = new HashMap<>();
        for (Sample sample : previous.samplesOf(metric, matchers)) {
            before.put(sample.labels(), sample.value());
        }
        Map<Map<String, String>, Double> increases = new HashMap<>();
        for (Sample sample : current.samplesOf(metric, matchers)) {
            Double earlier = before.get(sample.labels());
            double increase = earlier == null || sample.value() < earlier ? sample.value() : sample.value() - earlier;
            increases.put(sample.labels(), increase);
        }
        return increases;
    }
}
