package dev.stressgate.simulations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stressgate.report.gatling.InjectorRun;
import dev.stressgate.report.gatling.RunSummary;
import dev.stressgate.report.gatling.SimulationLogListener;
import dev.stressgate.report.gatling.SimulationLogReader;
import dev.stressgate.report.gatling.SummaryReader;
import dev.stressgate.report.pipeline.ReportOptions;
import dev.stressgate.report.pipeline.ReportPipeline;
import dev.stressgate.report.pipeline.ReportSettings;
import dev.stressgate.run.RunDirectory;
import dev.stressgate.run.RunMetadata;
import dev.stressgate.run.RunMetadataFile;
import dev.stressgate.socialapp.SocialApp;
import dev.stressgate.socialapp.TestApps;
import dev.stressgate.socialapp.config.SocialAppConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three injector JVMs, started like the Kubernetes pods (GatlingLauncher with INJECTOR_COUNT, INJECTOR_INDEX, RUN_ID,
 * RUN_START_AT, ARTIFACT_DIR in the environment), share one small open-model run against the reference app on a
 * random loopback port; the shared directory is then reported. The expected totals are worked out by hand from the
 * profile; the expected percentiles come from the raw records of the three simulation.log files, pooled and sorted
 * here. About 30 s: the JVMs' start (the common start is 20 s ahead) plus 3 s of load.
 */
class DistributedRunIT {
    private static final int INJECTORS = 3;
    /** 3 new auth users per second for 3 s: 9 users, 3 per injector (1 per second each). */
    private static final String PROFILE = """
            {"name": "split-it", "description": "three injectors share 9 auth users", "model": "open",
             "populations": {"auth": {"stages": [{"rate_per_s": 3, "ramp_s": 0, "hold_s": 3}]}},
             "think_time_s": {"min": 0.1, "max": 0.2}, "session": {"actions": 1},
             "mix": {"feed": 100}, "max_duration_s": 30, "slos": []}
            """;
    /** Each user signs up, then one auth round: login and me. */
    private static final int REQUESTS_PER_USER = 3;

    private static final int USERS = 9;

    @TempDir
    Path root;

    @Test
    void threeInjectorsTogetherRunExactlyThePlanStartTogetherAndMergeIntoExactPercentiles() throws Exception {
        Path profile = root.resolve("split-it.json");
        Files.writeString(profile, PROFILE);
        Path artifacts = root.resolve("runs");
        String runId = "20261128T120000Z-split-it";
        String startAt = Instant.now().plusSeconds(20).toString();
        SocialAppConfig config = TestApps.quiet(root.resolve("socialapp.log")).build();
        List<Integer> statuses = new ArrayList<>();
        try (SocialApp app = SocialApp.start(config)) {
            List<Process> injectors = new ArrayList<>();
            for (int index = 0; index < INJECTORS; index++) {
                injectors.add(injector(
                        index,
                        Map.of(
                                "INJECTOR_COUNT", String.valueOf(INJECTORS),
                                "INJECTOR_INDEX", String.valueOf(index),
                                "RUN_ID", runId,
                                "RUN_START_AT", startAt,
                                "ARTIFACT_DIR", artifacts.toString(),
                                "PROFILE", profile.toString(),
                                "RUN_NAME", "split-it",
                                "BASE_URL", app.baseUrl())));
            }
            try {
                for (Process injector : injectors) {
                    assertThat(injector.waitFor(90, TimeUnit.SECONDS)).isTrue();
                    statuses.add(injector.exitValue());
                }
            } finally {
                injectors.forEach(Process::destroyForcibly);
            }
        }
        Path shared = artifacts.resolve(runId);
        assertThat(statuses).as("exit status per injector (output in %s)", root).containsOnly(0);

        List<Path> dirs = RunDirectory.injectorDirs(shared);
        assertThat(dirs).hasSize(INJECTORS);
        List<RunMetadata> runs = new ArrayList<>();
        for (Path dir : dirs) {
            runs.add(RunMetadataFile.read(dir.resolve("run.json")));
        }
        long planned = Instant.parse(startAt).toEpochMilli();
        for (RunMetadata run : runs) {
            assertThat(run.runId()).isEqualTo(runId);
            assertThat(run.injector().plannedStartEpochMs()).isEqualTo(planned);
            assertThat(run.injector().actualStartEpochMs()).isBetween(planned, planned + 1_000);
        }
        long earliest = runs.stream()
                .mapToLong(run -> run.injector().actualStartEpochMs())
                .min()
                .orElseThrow();
        long latest = runs.stream()
                .mapToLong(run -> run.injector().actualStartEpochMs())
                .max()
                .orElseThrow();
        assertThat(latest - earliest).as("spread of the injectors' starts (ms)").isLessThanOrEqualTo(1_000);

        Raw raw = new Raw();
        for (Path dir : dirs) {
            for (Path log : simulationLogs(dir)) {
                SimulationLogReader.read(log, raw);
            }
        }
        assertThat(raw.userStarts).as("users started by all injectors").isEqualTo(USERS);
        assertThat(raw.responseTimes).as("requests of all injectors").hasSize(USERS * REQUESTS_PER_USER);
        assertThat(raw.ko).as("KOs (a signup collision would be one)").isZero();

        new ReportPipeline(settings(artifacts), line -> {})
                .run(shared, new ReportOptions(Optional.empty(), true, false));
        RunSummary summary = new SummaryReader().readFrom(shared);
        assertThat(summary.global().count()).isEqualTo(USERS * REQUESTS_PER_USER);
        assertThat(summary.injectorRuns())
                .extracting(InjectorRun::status)
                .containsOnly(InjectorRun.Status.OK)
                .hasSize(INJECTORS);
        List<Long> sorted =
                raw.responseTimes.stream().sorted(Comparator.naturalOrder()).toList();
        assertThat((double) summary.global().p50Ms()).isCloseTo(sampleAt(sorted, 50), within(precision(sorted, 50)));
        assertThat((double) summary.global().p95Ms()).isCloseTo(sampleAt(sorted, 95), within(precision(sorted, 95)));
        assertThat((double) summary.global().p99Ms()).isCloseTo(sampleAt(sorted, 99), within(precision(sorted, 99)));
        assertThat(summary.global().maxMs()).isEqualTo(sorted.get(sorted.size() - 1));
        assertThat(Files.readString(shared.resolve("report.md"))).contains("## Injectors");
    }

    private Process injector(int index, Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        GatlingLauncher.REQUIRED_JVM_OPTION,
                        "-Xmx256m",
                        // C1 only: the JVMs reach the common start in a third of the time; 9 users need no C2
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        GatlingLauncher.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(
                        root.resolve("injector-output-" + index + ".log").toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    /** The sample at 0-based rank ⌊p/100 · n⌋ of the sorted samples (the largest one past the end). */
    private static double sampleAt(List<Long> sorted, double percentile) {
        int rank = (int) Math.min(sorted.size() - 1, Math.floor(percentile / 100.0 * sorted.size()));
        return sorted.get(rank);
    }

    /** HdrHistogram with 3 significant digits: values within 0.1 % (exact below 2048 ms). */
    private static double precision(List<Long> sorted, double percentile) {
        return Math.max(0.5, sampleAt(sorted, percentile) / 1000.0);
    }

    private static List<Path> simulationLogs(Path injectorDir) throws IOException {
        try (Stream<Path> files = Files.walk(injectorDir.resolve("gatling"))) {
            return files.filter(file -> file.getFileName().toString().equals("simulation.log"))
                    .toList();
        }
    }

    private static ReportSettings settings(Path artifacts) throws IOException {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        return ReportSettings.builder()
                .artifactDir(artifacts)
                .prometheusUrl(closed)
                .lokiUrl(closed)
                .ollamaUrl(closed)
                .ollamaModel("llama3.2:3b")
                .logFile(artifacts.resolve("no-app.log"))
                .queriesFile(Path.of("monitoring", "queries.json"))
                .serverCores(ReportSettings.localCores())
                .aiEnabled(false)
                .build();
    }

    /** Every request's response time and every user start, read straight from the logs. */
    private static final class Raw implements SimulationLogListener {
        final List<Long> responseTimes = new ArrayList<>();
        long userStarts;
        long ko;

        @Override
        public void onUser(String scenario, boolean start, long timestampMs) {
            if (start) {
                userStarts++;
            }
        }

        @Override
        public void onRequest(
                List<String> groupPath, String name, long startMs, long endMs, boolean ok, String message) {
            responseTimes.add(endMs - startMs);
            if (!ok) {
                ko++;
            }
        }

        @Override
        public void onGroup(
                List<String> groupPath, long startMs, long endMs, int cumulatedResponseTimeMs, boolean ok) {}

        @Override
        public void onError(String message, long timestampMs) {}
    }
}
