package dev.stressgate.report.analysis;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A server metric over the run window, as the sources deliver it ({@code id}, {@code title} and {@code unit} come
 * from {@code monitoring/queries.json}; labels distinguish several series of one query, e.g. a route).
 */
public record MetricSeries(String id, String title, String unit, Map<String, String> labels, List<MetricPoint> points) {

    public MetricSeries {
        labels = Map.copyOf(labels);
        points = List.copyOf(points);
    }

    public OptionalDouble max() {
        return points.stream()
                .mapToDouble(MetricPoint::value)
                .filter(Double::isFinite)
                .max();
    }

    public OptionalDouble meanBetween(long fromMs, long toMs) {
        return points.stream()
                .filter(p -> p.epochMs() >= fromMs && p.epochMs() <= toMs)
                .mapToDouble(MetricPoint::value)
                .filter(Double::isFinite)
                .average();
    }

    public OptionalDouble meanOutside(long fromMs, long toMs) {
        return points.stream()
                .filter(p -> p.epochMs() < fromMs || p.epochMs() > toMs)
                .mapToDouble(MetricPoint::value)
                .filter(Double::isFinite)
                .average();
    }

    /** Label values joined, for evidence references (e.g. {@code http_429_rate{route=/api/feed}}). */
    public String ref() {
        if (labels.isEmpty()) {
            return id;
        }
        StringBuilder sb = new StringBuilder(id).append('{');
        labels.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append(sb.charAt(sb.length() - 1) == '{' ? "" : ",")
                        .append(e.getKey())
                        .append('=')
                        .append(e.getValue()));
        return sb.append('}').toString();
    }
}
