package dev.stressgate.report.gatling;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Entry point: one or more {@code simulation.log} files (one per injector) in, one {@link RunSummary} out.
 * Files are read one after the other in the order given, each streamed once after a header pass.
 */
public final class SimulationLogSummarizer {

    private final FlowTransports transports;

    /** A summarizer for logs of a run without a declared workload: every request counts as HTTP. */
    public SimulationLogSummarizer() {
        this(FlowTransports.undeclared());
    }

    public SimulationLogSummarizer(FlowTransports transports) {
        this.transports = transports;
    }

    public RunSummary summarize(Path simulationLog) throws IOException {
        return summarize(List.of(simulationLog));
    }

    public RunSummary summarize(List<Path> simulationLogs) throws IOException {
        return summarize(simulationLogs, RecordTimeBounds.ANY);
    }

    /** As {@link #summarize(List)}, rejecting any record outside {@code bounds} (see {@link RecordTimeBounds}). */
    public RunSummary summarize(List<Path> simulationLogs, RecordTimeBounds bounds) throws IOException {
        if (simulationLogs.isEmpty()) {
            throw new IllegalArgumentException("no simulation.log given");
        }
        List<RunHeader> headers = new ArrayList<>(simulationLogs.size());
        for (Path log : simulationLogs) {
            headers.add(SimulationLogReader.readHeader(log));
        }
        long origin =
                headers.stream().mapToLong(RunHeader::runStartEpochMs).min().orElseThrow();
        SummaryAggregator aggregator = new SummaryAggregator(origin, transports);
        List<InjectorLog> injectors = new ArrayList<>(simulationLogs.size());
        List<LatencyAccumulator> perLog = new ArrayList<>(simulationLogs.size());
        List<SimulationLogRead> reads = new ArrayList<>(simulationLogs.size());
        for (Path log : simulationLogs) {
            LatencyAccumulator ownRequests = new LatencyAccumulator();
            reads.add(SimulationLogReader.read(log, new RequestTee(aggregator, ownRequests), bounds));
            perLog.add(ownRequests);
        }
        for (int i = 0; i < simulationLogs.size(); i++) {
            Path log = simulationLogs.get(i);
            SimulationLogRead read = reads.get(i);
            RunHeader header = read.header();
            injectors.add(new InjectorLog(
                    log.toString(),
                    header.gatlingVersion(),
                    header.simulationClass(),
                    header.runStartEpochMs(),
                    header.runDescription(),
                    header.scenarios(),
                    read.records(),
                    perLog.get(i).toStats(aggregator.durationSeconds())));
        }
        String simulation =
                headers.stream().map(RunHeader::simulationClass).distinct().collect(Collectors.joining(", "));
        return aggregator.toSummary(injectors, simulation);
    }

    /** Passes every record on to the merged aggregation and also records requests into one log's own latencies. */
    private record RequestTee(SimulationLogListener merged, LatencyAccumulator ownRequests)
            implements SimulationLogListener {

        @Override
        public void onUser(String scenario, boolean start, long timestampMs) {
            merged.onUser(scenario, start, timestampMs);
        }

        @Override
        public void onRequest(
                List<String> groupPath, String name, long startMs, long endMs, boolean ok, String message) {
            merged.onRequest(groupPath, name, startMs, endMs, ok, message);
            ownRequests.record(endMs - startMs, ok);
        }

        @Override
        public void onGroup(List<String> groupPath, long startMs, long endMs, int cumulatedResponseTimeMs, boolean ok) {
            merged.onGroup(groupPath, startMs, endMs, cumulatedResponseTimeMs, ok);
        }

        @Override
        public void onError(String message, long timestampMs) {
            merged.onError(message, timestampMs);
        }
    }
}
