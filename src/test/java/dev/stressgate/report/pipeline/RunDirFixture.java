package dev.stressgate.report.pipeline;

import dev.stressgate.report.gatling.RunSummary;
import dev.stressgate.report.gatling.SimulationLogSummarizer;
import dev.stressgate.run.RunMetadata;
import dev.stressgate.run.RunMetadataFile;
import dev.stressgate.run.Workload;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A run directory as the simulations leave it: run.json, profile.json (the shipped smoke profile) and a real
 * Gatling 3.15.1 simulation.log (the parser's fixture, recorded from a real run), plus the target's JSON log file
 * with lines inside the run window, one carrying secrets and one carrying HTML/script.
 */
public final class RunDirFixture {
    public static final String TOKEN = "s3cr3tT0kenValue";
    public static final String TICKET = "tkt9f8e7d6c";
    public static final String SCRIPT = "<script>alert(1)</script>";

    public final Path artifactDir;
    public final Path runDir;
    public final Path appLog;
    public final RunSummary summary;

    private RunDirFixture(Path artifactDir, Path runDir, Path appLog, RunSummary summary) {
        this.artifactDir = artifactDir;
        this.runDir = runDir;
        this.appLog = appLog;
        this.summary = summary;
    }

    public static RunDirFixture create(Path root) throws IOException {
        Path artifactDir = root.resolve("stress-runs");
        Path staging = Files.createDirectories(root.resolve("staging"));
        Path log = staging.resolve("simulation.log");
        try (InputStream in = RunDirFixture.class.getResourceAsStream("/fixtures/gatling/injector-a/simulation.log")) {
            Files.copy(in, log);
        }
        RunSummary summary = new SimulationLogSummarizer().summarize(log);
        String runId = dev.stressgate.run.RunDirectory.runId(Instant.ofEpochMilli(summary.startEpochMs()), "smoke");
        Path runDir = Files.createDirectories(artifactDir.resolve(runId));
        dev.stressgate.run.RunDirectory.at(runDir).recordAsLatest();
        Path gatlingDir =
                Files.createDirectories(runDir.resolve("gatling").resolve("socialmixedsimulation-20261122050000123"));
        Files.move(log, gatlingDir.resolve("simulation.log"));
        Files.writeString(gatlingDir.resolve("index.html"), "<html><body>Gatling report</body></html>");
        Files.copy(Path.of("profiles", "smoke.json"), runDir.resolve("profile.json"));
        RunMetadataFile.write(
                runDir.resolve("run.json"),
                new RunMetadata(
                        RunMetadata.SCHEMA_VERSION,
                        runId,
                        new RunMetadata.ProfileRef("smoke", "profiles/smoke.json", "0".repeat(64)),
                        "http://127.0.0.1:8375",
                        summary.simulation(),
                        summary.startEpochMs(),
                        summary.endEpochMs(),
                        "3.15.1",
                        "abc1234",
                        new RunMetadata.Injector(0, 1),
                        new RunMetadata.MetricsEndpoint(
                                "http://127.0.0.1:8375/metrics", false, "no scrape in this fixture"),
                        Workload.undeclared(),
                        null));

        Path appLog = root.resolve("socialapp.log");
        String inWindow = Instant.ofEpochMilli(summary.startEpochMs() + 200).toString();
        Files.write(
                appLog,
                List.of(
                        "{\"@timestamp\":\"" + inWindow
                                + "\",\"level\":\"ERROR\",\"logger_name\":\"app\",\"message\":\"bio was "
                                + SCRIPT + " token=" + TOKEN
                                + "\",\"method\":\"POST\",\"route\":\"/api/posts\",\"status\":500,"
                                + "\"duration_ms\":12,\"request_id\":\"r1\",\"user_id\":42}",
                        "{\"@timestamp\":\"" + inWindow
                                + "\",\"level\":\"WARN\",\"logger_name\":\"app\",\"message\":\"request "
                                + "processed\",\"method\":\"GET\",\"route\":\"/ws/chat?ticket=" + TICKET
                                + "\",\"status\":429,"
                                + "\"duration_ms\":1,\"request_id\":\"r2\",\"user_id\":null}"));
        return new RunDirFixture(artifactDir, runDir, appLog, summary);
    }

    /** Settings pointing every service at a loopback port nobody listens on, so each source is really tried. */
    public ReportSettings settings(boolean aiEnabled) throws IOException {
        URI closed = URI.create("http://127.0.0.1:" + closedPort());
        return ReportSettings.builder()
                .artifactDir(artifactDir)
                .prometheusUrl(closed)
                .lokiUrl(closed)
                .ollamaUrl(closed)
                .ollamaModel("llama3.2:3b")
                .logFile(appLog)
                .queriesFile(Path.of("monitoring", "queries.json"))
                .serverCores(ReportSettings.localCores())
                .aiEnabled(aiEnabled)
                .build();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
