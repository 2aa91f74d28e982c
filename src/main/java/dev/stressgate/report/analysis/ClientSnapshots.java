package dev.stressgate.report.analysis;

import dev.stressgate.profile.Slo;
import dev.stressgate.report.gatling.GroupStats;
import dev.stressgate.report.gatling.RequestErrorSeconds;
import dev.stressgate.report.gatling.ResponseStats;
import dev.stressgate.report.gatling.RunSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads Gatling's {@link RunSummary} (summary.json) into the analysis view: request stats by request name, group
 * stats by the last element of the group path (the flow) using Gatling's cumulated response time, the per-second
 * timeline, KO messages attributed to each request that produced them, and each failing request name's error seconds.
 */
public final class ClientSnapshots {

    private ClientSnapshots() {}

    public static ClientSnapshot of(RunSummary summary) {
        List<RequestStats> requests =
                summary.requests().stream().map(r -> stats(r.name(), r.stats())).toList();
        List<RequestStats> groups = summary.groups().stream()
                .filter(g -> !g.path().isEmpty())
                .map(ClientSnapshots::group)
                .toList();
        return new ClientSnapshot(
                stats(Slo.GLOBAL, summary.global()),
                requests,
                groups,
                LatencyDistributions.of(summary),
                endpointErrors(summary),
                Optional.ofNullable(summary.realtime()));
    }

    /** Error seconds by request name, rows of one name in several groups summed; empty for an older summary. */
    static Optional<List<EndpointErrorSeconds>> endpointErrors(RunSummary summary) {
        if (summary.requestErrorSeconds() == null) {
            return Optional.empty();
        }
        Map<String, Map<Long, int[]>> byName = new TreeMap<>();
        for (RequestErrorSeconds request : summary.requestErrorSeconds()) {
            Map<Long, int[]> seconds = byName.computeIfAbsent(request.name(), name -> new TreeMap<>());
            for (RequestErrorSeconds.ErrorSecond s : request.seconds()) {
                int[] counts = seconds.computeIfAbsent(summary.startEpochMs() + s.second() * 1000L, at -> new int[2]);
                counts[0] += s.errors();
                counts[1] += s.responses();
            }
        }
        List<EndpointErrorSeconds> endpoints = new ArrayList<>();
        byName.forEach((name, seconds) -> {
            long responses = summary.requests().stream()
                    .filter(r -> r.name().equals(name))
                    .mapToLong(r -> r.stats().count())
                    .sum();
            endpoints.add(new EndpointErrorSeconds(
                    name,
                    responses,
                    seconds.entrySet().stream()
                            .map(e -> new EndpointErrorSeconds.Second(e.getKey(), e.getValue()[0], e.getValue()[1]))
                            .toList()));
        });
        return Optional.of(endpoints);
    }

    public static List<SecondSample> timeline(RunSummary summary) {
        return summary.seconds().stream()
                .map(s -> new SecondSample(
                        s.epochMs(),
                        s.requests(),
                        s.responses(),
                        s.errors(),
                        s.activeUsers(),
                        s.p95Ms() == null ? Double.NaN : s.p95Ms()))
                .toList();
    }

    public static List<ErrorCount> errors(RunSummary summary) {
        List<ErrorCount> errors = new ArrayList<>();
        for (dev.stressgate.report.gatling.ErrorMessageCount e : summary.errors()) {
            long attributed = 0;
            for (dev.stressgate.report.gatling.ErrorMessageCount.ErrorSource source : e.requests()) {
                errors.add(new ErrorCount(e.message(), source.name(), source.count()));
                attributed += source.count();
            }
            if (attributed < e.count()) {
                errors.add(new ErrorCount(e.message(), null, e.count() - attributed));
            }
        }
        return errors;
    }

    private static RequestStats group(GroupStats g) {
        return stats(g.path().get(g.path().size() - 1), g.cumulatedResponseTime());
    }

    private static RequestStats stats(String name, ResponseStats s) {
        return new RequestStats(
                name,
                s.count(),
                s.ko(),
                s.meanMs(),
                s.p50Ms(),
                s.p75Ms(),
                s.p95Ms(),
                s.p99Ms(),
                s.maxMs(),
                s.meanRps());
    }
}
