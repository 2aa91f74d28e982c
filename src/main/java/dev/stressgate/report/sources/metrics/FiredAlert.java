package dev.stressgate.report.sources.metrics;

import java.util.Map;
import java.util.TreeMap;

/** An alert Prometheus reported as firing at some point in the run window. */
public record FiredAlert(String name, String severity, Map<String, String> labels, long firstSeenMs, long lastSeenMs) {

    public FiredAlert {
        labels = java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
    }
}
