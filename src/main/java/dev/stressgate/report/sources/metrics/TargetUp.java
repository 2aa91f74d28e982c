package dev.stressgate.report.sources.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Whether the target answered its metrics endpoint, over time: 1 at every successful scrape, 0 at every failed one
 * (an error, a deadline, a non-200 status). It is the scrape fallback of the {@code target_up} query, which asks
 * Prometheus for its own {@code up} series; a process too busy to serve {@code /metrics} shows as 0s during load.
 * Without one successful scrape whether the target answers at all cannot be told, hence one scrape minimum.
 */
record TargetUp() implements ScrapeComputation {

    @Override
    public List<String> requiredSamples() {
        return List.of();
    }

    @Override
    public int minimumScrapes() {
        return 1;
    }

    @Override
    public List<SeriesLine> compute(ScrapeLog log) {
        List<Point> points = new ArrayList<>();
        log.scrapes().forEach(s -> points.add(new Point(s.epochMs(), 1)));
        log.failureTimes().forEach(t -> points.add(new Point(t, 0)));
        points.sort(Comparator.comparingLong(Point::epochMs));
        return List.of(new SeriesLine(Map.of(), points));
    }
}
