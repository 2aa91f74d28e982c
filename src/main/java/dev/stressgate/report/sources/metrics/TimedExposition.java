package dev.stressgate.report.sources.metrics;

import dev.stressgate.report.sources.exposition.Exposition;
import dev.stressgate.report.sources.exposition.Sample;
import java.util.List;

/**
 * One successful scrape of the target: when it was taken, what it exposed and how long the answer took (ms; null when
 * the scrape.jsonl predates recording it).
 */
public record TimedExposition(long epochMs, Exposition exposition, Long durationMs) {

    List<Sample> samplesOf(String metric, List<LabelMatcher> matchers) {
        return exposition.samples().stream()
                .filter(s -> s.name().equals(metric) && LabelMatcher.all(matchers, s.labels()))
                .toList();
    }

    boolean exposes(String metric) {
        return exposition.samples().stream().anyMatch(s -> s.name().equals(metric));
    }
}
