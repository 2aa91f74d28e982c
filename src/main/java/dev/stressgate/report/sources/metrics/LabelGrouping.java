package dev.stressgate.report.sources.metrics;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which labels of a sample make its group in a scrape fallback computation, like PromQL's {@code sum by (..)} or
 * {@code sum without (..)}. As in Prometheus, an absent label and an empty one are the same thing, so a sample without
 * a grouping label lands in the group that lacks it (a counter exported without a {@code channel} label still counts).
 *
 * @param labels  the labels named in the clause
 * @param without {@code true} for {@code without (labels)}: every other label groups
 */
record LabelGrouping(List<String> labels, boolean without) {

    /** Labels a histogram's buckets and Prometheus' target carry that never name what was measured. */
    static final List<String> NOT_IDENTIFYING = List.of("le", "instance", "job");

    LabelGrouping {
        labels = List.copyOf(labels);
    }

    static LabelGrouping by(List<String> labels) {
        return new LabelGrouping(labels, false);
    }

    static LabelGrouping none() {
        return by(List.of());
    }

    static LabelGrouping without(List<String> labels) {
        return new LabelGrouping(labels, true);
    }

    Map<String, String> key(Map<String, String> sampleLabels) {
        Map<String, String> key = new TreeMap<>();
        if (without) {
            Set<String> dropped = Set.copyOf(labels);
            sampleLabels.forEach((name, value) -> {
                if (!dropped.contains(name) && !value.isEmpty()) {
                    key.put(name, value);
                }
            });
        } else {
            for (String name : labels) {
                String value = sampleLabels.getOrDefault(name, "");
                if (!value.isEmpty()) {
                    key.put(name, value);
                }
            }
        }
        return key;
    }

    boolean isNone() {
        return !without && labels.isEmpty();
    }
}
