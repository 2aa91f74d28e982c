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
        for (Path log : simulationLogs) {
            SimulationLogRead read = SimulationLogReader.read(log, aggregator, bounds);
            RunHeader header = read.header();
            injectors.add(new InjectorLog(
                    log.toString(),
                    header.gatlingVersion(),
                    header.simulationClass(),
                    header.runStartEpochMs(),
                    header.runDescription(),
                    header.scenarios(),
                    read.records()));
        }
        String simulation =
                headers.stream().map(RunHeader::simulationClass).distinct().collect(Collectors.joining(", "));
        return aggregator.toSummary(injectors, simulation);
    }
}
