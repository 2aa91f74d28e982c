package dev.stressgate.report.gatling;

import java.util.ArrayList;
import java.util.List;

/** Keeps every decoded record, so tests can compute expected figures independently of the aggregator. */
final class RecordingListener implements SimulationLogListener {

    record Request(List<String> group, String name, long startMs, long endMs, boolean ok, String message) {
        long responseTime() {
            return endMs - startMs;
        }
    }

    record User(String scenario, boolean start, long timestampMs) {}

    record Group(List<String> path, long startMs, long endMs, int cumulatedResponseTimeMs, boolean ok) {}

    record Error(String message, long timestampMs) {}

    final List<Request> requests = new ArrayList<>();
    final List<User> users = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
    final List<Error> errors = new ArrayList<>();

    @Override
    public void onUser(String scenario, boolean start, long timestampMs) {
        users.add(new User(scenario, start, timestampMs));
    }

    @Override
    public void onRequest(List<String> groupPath, String name, long startMs, long endMs, boolean ok, String message) {
        requests.add(new Request(List.copyOf(groupPath), name, startMs, endMs, ok, message));
    }

    @Override
    public void onGroup(List<String> groupPath, long startMs, long endMs, int cumulatedResponseTimeMs, boolean ok) {
        groups.add(new Group(List.copyOf(groupPath), startMs, endMs, cumulatedResponseTimeMs, ok));
    }

    @Override
    public void onError(String message, long timestampMs) {
        errors.add(new Error(message, timestampMs));
    }

    int recordCount() {
        return requests.size() + users.size() + groups.size() + errors.size();
    }
}
