package dev.stressgate.report.sources.exposition;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One sample line of an exposition: metric name, labels, value and the optional timestamp the exposition
 * carried (epoch milliseconds, {@code null} when absent).
 */
public record Sample(String name, Map<String, String> labels, double value, Long timestampMs) {

    public Sample {
        Objects.requireNonNull(name, "name");
        labels = java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
    }

    public String label(String labelName) {
        return labels.get(labelName);
    }
}
