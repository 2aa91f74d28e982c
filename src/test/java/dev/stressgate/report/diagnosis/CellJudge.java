package dev.stressgate.report.diagnosis;

import dev.stressgate.report.ai.AiAnalysis;
import dev.stressgate.report.ai.AiAnalysisJson;
import dev.stressgate.report.pipeline.ReportPipeline;
import dev.stressgate.report.pipeline.ReportSettings;
import dev.stressgate.report.pipeline.UnusableInputException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reports one recorded cell with the real pipeline as a user without a monitoring stack would: metrics from the
 * run's {@code scrape.jsonl}, logs from the target's log file copied into the run ({@code target.log}), no
 * Prometheus, Loki or Ollama (a closed loopback port), no baseline, and the CPU count of the machine the cell was
 * recorded on.
 */
public final class CellJudge {
    public static final String TARGET_LOG = "target.log";

    private CellJudge() {}

    public static CellResult judge(String target, FaultCatalogue.Cell cell, Path runDir, int serverCores)
            throws IOException, UnusableInputException {
        return CellResult.of(target, cell, report(runDir, serverCores));
    }

    /** The run's whole analysis (every finding, the injector's too), reported as {@link #judge} reports it. */
    public static AiAnalysis report(Path runDir, int serverCores) throws IOException, UnusableInputException {
        URI closed = URI.create("http://127.0.0.1:" + closedPort());
        ReportSettings settings = ReportSettings.builder()
                .artifactDir(runDir.getParent())
                .prometheusUrl(closed)
                .lokiUrl(closed)
                .ollamaUrl(closed)
                .ollamaModel("none")
                .logFile(runDir.resolve(TARGET_LOG))
                .queriesFile(Path.of("monitoring", "queries.json"))
                .serverCores(serverCores)
                .aiEnabled(false)
                .build();
        new ReportPipeline(settings, line -> {}).run(runDir, Optional.empty());
        return new AiAnalysisJson().read(runDir.resolve(AiAnalysisJson.FILE_NAME));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
