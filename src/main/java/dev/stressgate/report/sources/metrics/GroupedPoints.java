package dev.stressgate.report.sources.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Points collected per label group, turned into series lines in a stable order; non-finite values are dropped. */
final class GroupedPoints {

    private final Map<String, Map<String, String>> groups = new TreeMap<>();
    private final Map<String, List<Point>> points = new TreeMap<>();

    void add(Map<String, String> group, long epochMs, double value) {
        if (!Double.isFinite(value)) {
            return;
        }
        String key = group.toString();
        groups.putIfAbsent(key, group);
        points.computeIfAbsent(key, k -> new ArrayList<>()).add(new Point(epochMs, value));
    }

    List<SeriesLine> lines() {
        List<SeriesLine> lines = new ArrayList<>();
        for (Map.Entry<String, List<Point>> entry : points.entrySet()) {
            List<Point> sorted = new ArrayList<>(entry.getValue());
            sorted.sort(Comparator.comparingLong(Point::epochMs));
            lines.add(new SeriesLine(groups.get(entry.getKey()), sorted));
        }
        return lines;
    }
}
