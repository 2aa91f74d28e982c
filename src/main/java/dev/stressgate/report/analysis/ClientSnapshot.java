package dev.stressgate.report.analysis;

import dev.stressgate.run.realtime.RealtimeStats;
import java.util.List;
import java.util.Optional;

/**
 * Gatling's view of a run: global, per-request and per-group statistics, the latency distributions behind
 * the global and per-request figures ({@link LatencyDistributions#none()} when the summary has none), and each
 * failing request's error seconds (empty when the summary predates them: per-endpoint bursts cannot be judged).
 */
public record ClientSnapshot(
        RequestStats global,
        List<RequestStats> requests,
        List<RequestStats> groups,
        LatencyDistributions distributions,
        Optional<List<EndpointErrorSeconds>> endpointErrors,
        Optional<RealtimeStats> realtime) {

    public ClientSnapshot {
        realtime = realtime == null ? Optional.empty() : realtime;
        requests = List.copyOf(requests);
        groups = List.copyOf(groups);
        distributions = distributions == null ? LatencyDistributions.none() : distributions;
        endpointErrors = endpointErrors == null ? Optional.empty() : endpointErrors.map(List::copyOf);
    }

    /** Figures without the injector's realtime measurements. */
    public ClientSnapshot(
            RequestStats global,
            List<RequestStats> requests,
            List<RequestStats> groups,
            LatencyDistributions distributions,
            Optional<List<EndpointErrorSeconds>> endpointErrors) {
        this(global, requests, groups, distributions, endpointErrors, Optional.empty());
    }

    /** Figures and distributions without per-endpoint error seconds. */
    public ClientSnapshot(
            RequestStats global,
            List<RequestStats> requests,
            List<RequestStats> groups,
            LatencyDistributions distributions) {
        this(global, requests, groups, distributions, Optional.empty());
    }

    /** Figures without distributions. */
    public ClientSnapshot(RequestStats global, List<RequestStats> requests, List<RequestStats> groups) {
        this(global, requests, groups, LatencyDistributions.none(), Optional.empty());
    }

    public Optional<RequestStats> request(String name) {
        return requests.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public Optional<RequestStats> group(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst();
    }
}
