package dev.stressgate.report.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.stressgate.report.ai.AiAnalysis;
import dev.stressgate.report.ai.ReportedFinding;
import dev.stressgate.report.gatling.InjectorRun;
import dev.stressgate.report.gatling.RunHeader;
import dev.stressgate.report.gatling.RunSummary;
import dev.stressgate.report.gatling.SimulationLogReader;
import dev.stressgate.report.gatling.SummaryReader;
import dev.stressgate.run.RunDirectory;
import dev.stressgate.run.RunMetadata;
import dev.stressgate.run.RunMetadataFile;
import dev.stressgate.run.realtime.ChannelStats;
import dev.stressgate.run.realtime.FanOutStats;
import dev.stressgate.run.realtime.LatencySummary;
import dev.stressgate.run.realtime.RealtimeStats;
import dev.stressgate.run.realtime.RealtimeStatsFile;
import dev.stressgate.simulations.flows.FlowCatalogue;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run shared by four injectors, reported from its shared directory: two delivered (real Gatling logs), one reached
 * the common start 3.4 s late and ran nothing, one left no directory at all. The report merges the two logs, lists
 * all four injectors and names the two that are missing from the figures.
 */
class SharedRunReportTest {
    private static final String RUN_ID = "20261122T050000Z-smoke";

    @TempDir
    Path root;

    @Test
    void theSharedDirectoryIsReportedAsOneRunNamingTheInjectorsThatDidNotDeliver() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        Path shared = fixture.artifactDir.resolve(RUN_ID);
        long startA = injector(shared, 0, "injector-a", 4);
        RunMetadata.Abort stopped =
                new RunMetadata.Abort(1_800_000_000_000L, "error share above 20% for 10 s", "error share 35% for 10 s");
        long startB = injector(shared, 1, "injector-b", 4, stopped);
        long planned = Math.min(startA, startB);
        RunDirectory late = RunDirectory.createForInjector(fixture.artifactDir, RUN_ID, 2);
        Files.copy(Path.of("profiles", "smoke.json"), late.profileJson());
        RunMetadataFile.write(late.runJson(), run(planned, planned + 3_400, planned + 3_400, 2, 4));
        RealtimeStatsFile.write(RunDirectory.at(shared.resolve("injector-0")).realtimeJson(), realtime(startA, 3));
        RealtimeStatsFile.write(RunDirectory.at(shared.resolve("injector-1")).realtimeJson(), realtime(startB, 4));
        Files.writeString(
                RunDirectory.at(shared.resolve("injector-0")).injectorJsonl(),
                sample(startA + 1_000, 0.5, 100L << 20) + sample(startA + 2_000, 1.5, 300L << 20));

        AiAnalysis analysis = new ReportPipeline(fixture.settings(false), line -> {})
                .run(shared, new ReportOptions(Optional.empty(), true, false))
                .analysis();

        RunSummary summary = new SummaryReader().readFrom(shared);
        assertThat(summary.injectors()).hasSize(2);
        assertThat(summary.global().count())
                .isEqualTo(summary.injectors().get(0).requestStats().count()
                        + summary.injectors().get(1).requestStats().count());
        assertThat(summary.injectorRuns())
                .extracting(InjectorRun::index, InjectorRun::status)
                .containsExactly(
                        tuple(0, InjectorRun.Status.OK),
                        tuple(1, InjectorRun.Status.OK),
                        tuple(2, InjectorRun.Status.LATE),
                        tuple(3, InjectorRun.Status.MISSING));
        assertThat(summary.realtime().channel("chat").orElseThrow().connects())
                .as("every injector's realtime.json, merged")
                .isEqualTo(7);
        InjectorRun lateRun = summary.injectorRuns().get(2);
        assertThat(lateRun.startOffsetMs()).isEqualTo(3_400L);
        assertThat(lateRun.startedOnTime()).isFalse();
        assertThat(lateRun.finished()).isFalse();
        assertThat(summary.injectorRuns().get(1).actualStartEpochMs()).isEqualTo(startB);

        String markdown = Files.readString(shared.resolve("report.md"));
        assertThat(markdown)
                .contains("2 of 4 injectors delivered their part")
                .contains("injector 2 late (reached the common start 3.4 s late (tolerance 2.0 s) and ran no load)")
                .contains("injector 3 missing")
                .contains("## Injectors")
                .as("injector 0's own CPU and heap from its self-samples; the others left none")
                .contains("| 1.00 mean, 1.50 peak of 4 cores | 300 MiB |")
                .contains("| — | — |");
        assertThat(Files.readString(shared.resolve("report.html"))).contains("id=\"injectors-headline\"");
        assertThat(Files.readString(shared.resolve("report.txt")))
                .contains("injector(s) 2 (late), 3 (missing) of 4 did not deliver their part");

        RunMetadata merged = RunMetadataFile.read(shared.resolve("run.json"));
        assertThat(merged.runId()).isEqualTo(RUN_ID);
        assertThat(merged.injector().count()).isEqualTo(4);
        assertThat(merged.startEpochMs()).isEqualTo(planned);
        assertThat(merged.workload())
                .as("the injectors' declared workload, so WebSocket checks stay WebSocket checks")
                .isEqualTo(FlowCatalogue.SOCIAL.workload());
        assertThat(merged.abort()).as("injector 1 was stopped by abort_when").isEqualTo(stopped);
        assertThat(analysis.findings()).extracting(ReportedFinding::id).contains("run_aborted");
        assertThat(shared.resolve("profile.json")).exists();
        assertThat(VerdictInputReader.analysis(shared).runId()).isEqualTo(analysis.runId());
    }

    private static RealtimeStats realtime(long start, long connects) {
        ChannelStats chat = new ChannelStats(
                connects,
                0,
                0,
                LatencySummary.EMPTY,
                Map.of(),
                LatencySummary.EMPTY,
                new FanOutStats(0, 0, 0, 0, 0, 0, LatencySummary.EMPTY));
        return new RealtimeStats(
                RealtimeStats.SCHEMA_VERSION,
                "session",
                start,
                start + 3_000,
                1_000,
                Map.of("chat", chat),
                List.of(),
                0,
                1.0);
    }

    private static String sample(long epochMs, double cpuCores, long heapUsed) {
        return "{\"epoch_ms\":" + epochMs + ",\"processors\":4,\"process_cpu_cores\":" + cpuCores
                + ",\"host_cpu_pct\":40.0,\"gc_pct\":1.0,\"heap_used_bytes\":" + heapUsed
                + ",\"heap_max_bytes\":1073741824,\"host\":\"h1\"}\n";
    }

    /** Injector {@code index}'s directory with a real simulation.log; run.json spans its records. */
    private static long injector(Path shared, int index, String fixtureLog, int count) throws Exception {
        return injector(shared, index, fixtureLog, count, null);
    }

    private static long injector(Path shared, int index, String fixtureLog, int count, RunMetadata.Abort abort)
            throws Exception {
        RunDirectory dir = RunDirectory.createForInjector(shared.getParent(), RUN_ID, index);
        Path gatling = Files.createDirectories(dir.gatlingResults().resolve("socialmixedsimulation-1"));
        try (InputStream in =
                SharedRunReportTest.class.getResourceAsStream("/fixtures/gatling/" + fixtureLog + "/simulation.log")) {
            Files.copy(in, gatling.resolve("simulation.log"));
        }
        Files.copy(Path.of("profiles", "smoke.json"), dir.profileJson());
        RunHeader header = SimulationLogReader.readHeader(gatling.resolve("simulation.log"));
        long start = header.runStartEpochMs();
        RunMetadataFile.write(dir.runJson(), run(start, start, start + 600_000, index, count, abort));
        return start;
    }

    private static RunMetadata run(long planned, long start, long end, int index, int count) {
        return run(planned, start, end, index, count, null);
    }

    /** Each injector declares the catalogue's workload; {@code abort} is set when its abort_when stopped it. */
    private static RunMetadata run(long planned, long start, long end, int index, int count, RunMetadata.Abort abort) {
        return new RunMetadata(
                RunMetadata.SCHEMA_VERSION,
                RUN_ID,
                new RunMetadata.ProfileRef("smoke", "profiles/smoke.json", "0".repeat(64)),
                "http://127.0.0.1:8375",
                "dev.example.Simulation",
                start,
                end,
                "3.15.1",
                "abc1234",
                new RunMetadata.Injector(index, count, planned, start, 2_000L),
                new RunMetadata.MetricsEndpoint("http://127.0.0.1:8375/metrics", false, "no scrape in this fixture"),
                FlowCatalogue.SOCIAL.workload(),
                abort);
    }
}
