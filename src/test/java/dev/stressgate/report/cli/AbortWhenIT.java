package dev.stressgate.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.run.RunMetadata;
import dev.stressgate.run.RunMetadataFile;
import dev.stressgate.simulations.GatlingLauncher;
import dev.stressgate.simulations.SocialMixedSimulation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run planned for 40 s against a target that refuses every connection, with {@code abort_when} (error share above
 * 50% for 3 s) in its profile: the live view stops it well before the planned end, run.json records when and why,
 * the report's verdict says so and the gate fails.
 */
class AbortWhenIT {
    private static final long PLANNED_MS = 40_000;

    @TempDir
    Path artifacts;

    @Test
    void aRunAgainstAFailingTargetIsAbortedEarlyAndTheReportAndGateSaySo() throws Exception {
        String closed = "http://127.0.0.1:" + closedPort();
        GatlingLauncher.Outcome outcome = GatlingLauncher.run(
                SocialMixedSimulation.class,
                Map.of(
                        "profile",
                        Path.of("src/test/resources/profiles/live-abort.json").toString(),
                        "run.name",
                        "live-abort",
                        "base.url",
                        closed,
                        "artifact.dir",
                        artifacts.toString(),
                        "injector.metrics.port",
                        "off"));
        Path runDir = outcome.runDir();

        RunMetadata run = RunMetadataFile.read(runDir.resolve("run.json"));
        assertThat(run.abort()).as("run.json abort").isNotNull();
        assertThat(run.abort().condition()).isEqualTo("error share above 50% for 3 s");
        assertThat(run.abort().reason()).startsWith("error share 100.0% above 50% over the last 3 s");
        assertThat(run.endEpochMs() - run.startEpochMs())
                .as("run length in ms, planned %d", PLANNED_MS)
                .isLessThan(PLANNED_MS / 2);

        Map<String, String> environment = Map.of(
                "ARTIFACT_DIR", artifacts.toString(),
                "PROM_URL", closed,
                "LOKI_URL", closed,
                "OLLAMA_URL", closed,
                "APP_LOG_FILE", artifacts.resolve("no-such.log").toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int report = StressgateCli.execute(
                new String[] {"report", "--no-ai", "--run-dir", runDir.toString()},
                environment,
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(report).as(err.toString()).isZero();
        String markdown = Files.readString(runDir.resolve("report.md"));
        assertThat(markdown).containsPattern("Run aborted \\d+:\\d{2} into the run: error share above 50% for 3 s");

        int gate = StressgateCli.execute(
                new String[] {"gate", "--run-dir", runDir.toString()},
                environment,
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(gate).as(out + err.toString()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(out + err.toString()).contains("GATE FAILED", "Run aborted");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
