package dev.stressgate.report.analysis;

import java.util.List;
import java.util.Optional;

/** Gatling's view of a run: global, per-request and per-group statistics. */
public record ClientSnapshot(RequestStats global, List<RequestStats> requests, List<RequestStats> groups) {

    public ClientSnapshot {
        requests = List.copyOf(requests);
        groups = List.copyOf(groups);
    }

    public Optional<RequestStats> request(String name) {
        return requests.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public Optional<RequestStats> group(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst();
    }
}
