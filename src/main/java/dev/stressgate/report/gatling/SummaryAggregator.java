package dev.stressgate.report.gatling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds the records of one or more simulation.log files into histograms and counters. Feeding several files
 * into one aggregator is the same as merging their HdrHistograms: the result is exact, not an average of
 * per-file figures. Memory grows with distinct request/group names, distinct messages and run seconds only.
 */
final class SummaryAggregator implements SimulationLogListener {

    /** Label for KO responses that Gatling recorded without any message. */
    static final String KO_WITHOUT_MESSAGE = "(KO without message)";

    private record RequestKey(List<String> group, String name) {}

    private static final class GroupAccumulator {
        final LatencyAccumulator cumulatedResponseTime = new LatencyAccumulator();
        final LatencyAccumulator duration = new LatencyAccumulator();
    }

    private static final Comparator<List<String>> PATH_ORDER = (left, right) -> {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int order = left.get(i).compareTo(right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    };

    private final long originMs;
    private final FlowTransports transports;
    private final LatencyAccumulator global = new LatencyAccumulator();
    private final Map<RequestKey, LatencyAccumulator> requests = new HashMap<>();
    private final Map<List<String>, GroupAccumulator> groups = new HashMap<>();
    private final SecondSeries seconds;
    private final RequestErrorSeries requestErrors;
    private final ErrorTally errors = new ErrorTally();
    private long lastTimestampMs;

    SummaryAggregator(long originMs, FlowTransports transports) {
        this.originMs = originMs;
        this.transports = transports;
        this.seconds = new SecondSeries(originMs);
        this.requestErrors = new RequestErrorSeries(originMs);
        this.lastTimestampMs = originMs;
    }

    @Override
    public void onUser(String scenario, boolean start, long timestampMs) {
        if (start) {
            seconds.userStarted(timestampMs);
        } else {
            seconds.userEnded(timestampMs);
        }
        seen(timestampMs);
    }

    @Override
    public void onRequest(List<String> groupPath, String name, long startMs, long endMs, boolean ok, String message) {
        long responseTime = endMs - startMs;
        global.record(responseTime, ok);
        requests.computeIfAbsent(new RequestKey(groupPath, name), key -> new LatencyAccumulator())
                .record(responseTime, ok);
        seconds.requestSent(startMs);
        seconds.responseReceived(endMs, responseTime, ok);
        requestErrors.responseReceived(groupPath, name, endMs, ok);
        if (!ok) {
            errors.requestFailed(message.isBlank() ? KO_WITHOUT_MESSAGE : message, groupPath, name);
        }
        seen(endMs);
    }

    @Override
    public void onGroup(List<String> groupPath, long startMs, long endMs, int cumulatedResponseTimeMs, boolean ok) {
        GroupAccumulator group = groups.computeIfAbsent(groupPath, path -> new GroupAccumulator());
        group.cumulatedResponseTime.record(cumulatedResponseTimeMs, ok);
        group.duration.record(endMs - startMs, ok);
        seen(endMs);
    }

    @Override
    public void onError(String message, long timestampMs) {
        errors.errorRecorded(message);
        seen(timestampMs);
    }

    /** Seconds from the run's origin to the latest record seen so far: the denominator of every mean rps. */
    double durationSeconds() {
        return (lastTimestampMs - originMs) / 1000.0;
    }

    RunSummary toSummary(List<InjectorLog> injectors, String simulation) {
        double durationSeconds = durationSeconds();
        List<GroupedRequestStats> requestStats = new ArrayList<>(requests.size());
        requests.forEach((key, latency) -> requestStats.add(new GroupedRequestStats(
                key.name(),
                key.group(),
                transports.isWebSocket(key.group(), key.name()),
                latency.toStats(durationSeconds))));
        requestStats.sort(
                Comparator.comparing(GroupedRequestStats::group, PATH_ORDER).thenComparing(GroupedRequestStats::name));

        List<GroupStats> groupStats = new ArrayList<>(groups.size());
        groups.forEach((path, group) -> groupStats.add(new GroupStats(
                path, group.cumulatedResponseTime.toStats(durationSeconds), group.duration.toStats(durationSeconds))));
        groupStats.sort(Comparator.comparing(GroupStats::path, PATH_ORDER));

        List<RequestErrorSeconds> errorSeconds = new ArrayList<>(requestErrors.drainErrorSeconds());
        errorSeconds.sort(
                Comparator.comparing(RequestErrorSeconds::group, PATH_ORDER).thenComparing(RequestErrorSeconds::name));

        return new RunSummary(
                RunSummary.SCHEMA_VERSION,
                injectors,
                simulation,
                originMs,
                lastTimestampMs,
                durationSeconds,
                global.toStats(durationSeconds),
                requestStats,
                groupStats,
                seconds.toBuckets(lastTimestampMs),
                errors.toErrorCounts(),
                transports.rule(),
                errorSeconds,
                null,
                null);
    }

    private void seen(long timestampMs) {
        lastTimestampMs = Math.max(lastTimestampMs, timestampMs);
    }
}
