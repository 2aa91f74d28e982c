package dev.stressgate.report.analysis;

import java.util.Comparator;
import java.util.List;

/**
 * A request name with its p95 and its share of the total time spent in all requests (mean x count over the sum).
 */
public record EndpointShare(String name, long count, double meanMs, double p95Ms, double sharePct) {

    /** The slowest requests by p95 (ties by name), at most {@code limit}. */
    public static List<EndpointShare> slowest(ClientSnapshot client, int limit) {
        double total = client.requests().stream()
                .mapToDouble(RequestStats::totalTimeMs)
                .sum();
        return client.requests().stream()
                .filter(r -> r.count() > 0)
                .sorted(Comparator.comparingDouble(RequestStats::p95Ms)
                        .reversed()
                        .thenComparing(RequestStats::name))
                .limit(limit)
                .map(r -> new EndpointShare(
                        r.name(), r.count(), r.meanMs(), r.p95Ms(), total == 0 ? 0 : 100.0 * r.totalTimeMs() / total))
                .toList();
    }
}
