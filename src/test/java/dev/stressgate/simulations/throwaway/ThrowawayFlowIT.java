package dev.stressgate.simulations.throwaway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stressgate.profile.ProfileException;
import dev.stressgate.profile.ProfileLoader;
import dev.stressgate.profile.SloMetric;
import dev.stressgate.report.analysis.AnalysisInput;
import dev.stressgate.report.analysis.AnalysisInputs;
import dev.stressgate.report.analysis.ServerSeriesMapping;
import dev.stressgate.report.analysis.SloEvaluator;
import dev.stressgate.report.analysis.SloOutcome;
import dev.stressgate.report.analysis.SloResult;
import dev.stressgate.report.gatling.FlowTransports;
import dev.stressgate.report.gatling.GroupedRequestStats;
import dev.stressgate.report.gatling.RunSummary;
import dev.stressgate.report.gatling.SimulationLogSummarizer;
import dev.stressgate.report.sources.logs.LogReport;
import dev.stressgate.report.sources.metrics.MetricsReport;
import dev.stressgate.run.RunMetadata;
import dev.stressgate.run.RunMetadataFile;
import dev.stressgate.run.Workload;
import dev.stressgate.simulations.GatlingLauncher;
import dev.stressgate.simulations.flows.FlowCatalogue;
import dev.stressgate.socialapp.SocialApp;
import dev.stressgate.socialapp.TestApps;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new HTTP flow is one class ({@link BookmarksFlow}) and one catalogue line ({@link ThrowawayFlowSimulation}): a
 * profile may weight it, a real run (GatlingLauncher against the reference app on a random loopback port, two users
 * for about 4 s) runs it and records it in run.json, and the report groups its requests as that flow, counts them as
 * HTTP and judges an SLO scoped to it, with nothing in the report or the profile code knowing its name.
 */
class ThrowawayFlowIT {
    private static final String PROFILE = "src/test/resources/profiles/throwaway-flow.json";

    @TempDir
    Path artifacts;

    @Test
    void aFlowAddedByOneClassAndOneCatalogueLineIsRunAndReported() throws Exception {
        assertThatThrownBy(() -> new ProfileLoader(FlowCatalogue.SOCIAL.knownFlows()).load(PROFILE))
                .as("the reference workload has no such flow")
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("mix.bookmarks: unknown flow");

        GatlingLauncher.Outcome outcome;
        try (SocialApp app = SocialApp.start(
                TestApps.quiet(artifacts.resolve("socialapp.log")).build())) {
            outcome = GatlingLauncher.run(
                    ThrowawayFlowSimulation.class,
                    Map.of(
                            "profile",
                            PROFILE,
                            "run.name",
                            "throwaway",
                            "artifact.dir",
                            artifacts.toString(),
                            "base.url",
                            app.baseUrl()));
        }
        assertThat(outcome.statusCode())
                .as("0 = SLOs met, 2 = an assertion failed")
                .isIn(0, 2);

        RunMetadata run = RunMetadataFile.read(outcome.runDir().resolve("run.json"));
        assertThat(run.workload().flow(BookmarksFlow.NAME))
                .contains(new Workload.Flow(BookmarksFlow.NAME, "social", Workload.Transport.HTTP, null));

        RunSummary summary = new SimulationLogSummarizer(new FlowTransports(run.workload()))
                .summarize(simulationLogs(outcome.runDir()));
        GroupedRequestStats bookmarks = summary.requests().stream()
                .filter(r -> r.name().equals("bookmarks: list"))
                .findFirst()
                .orElseThrow();
        assertThat(bookmarks.group()).containsExactly(BookmarksFlow.NAME);
        assertThat(bookmarks.websocket()).as("declared HTTP").isFalse();
        assertThat(bookmarks.stats().ok()).isPositive();
        assertThat(bookmarks.stats().ko()).isZero();

        AnalysisInput input = new AnalysisInputs(new ServerSeriesMapping(2))
                .assemble(
                        run,
                        ProfileLoader.ofRecordedRun()
                                .load(outcome.runDir().resolve("profile.json"))
                                .profile(),
                        summary,
                        MetricsReport.readFrom(sourceArtifacts()),
                        LogReport.readFrom(sourceArtifacts()),
                        Optional.empty());
        assertThat(input.client().group(BookmarksFlow.NAME)).isPresent();
        List<SloResult> slos = new SloEvaluator().evaluate(input);
        assertThat(slos).singleElement().satisfies(slo -> {
            assertThat(slo.slo().metric()).isEqualTo(SloMetric.P95_MS);
            assertThat(slo.slo().scope()).isEqualTo(BookmarksFlow.NAME);
            assertThat(slo.outcome()).isEqualTo(SloOutcome.PASS);
        });
    }

    /** Server metrics and logs do not matter here: the analysis fixture's metrics.json and logs.json stand in. */
    private Path sourceArtifacts() throws IOException {
        Path dir = Files.createDirectories(artifacts.resolve("sources"));
        for (String artifact : List.of("metrics.json", "logs.json")) {
            if (!Files.exists(dir.resolve(artifact))) {
                try (InputStream in = getClass().getResourceAsStream("/fixtures/analysis/" + artifact)) {
                    Files.copy(in, dir.resolve(artifact));
                }
            }
        }
        return dir;
    }

    private static List<Path> simulationLogs(Path runDir) throws IOException {
        try (Stream<Path> files = Files.walk(runDir.resolve("gatling"))) {
            return files.filter(file -> file.getFileName().toString().equals("simulation.log"))
                    .toList();
        }
    }
}
