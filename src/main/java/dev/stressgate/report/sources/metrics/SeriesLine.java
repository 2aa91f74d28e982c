package dev.stressgate.report.sources.metrics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One labelled line of a series (e.g. the {@code route="/api/posts"} line of a per-route query). */
public record SeriesLine(Map<String, String> labels, List<Point> points) {

    public SeriesLine {
        labels = java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
        points = List.copyOf(points);
    }
}
