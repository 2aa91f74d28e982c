package dev.stressgate.simulations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.profile.ProfileLoader;
import dev.stressgate.report.analysis.InjectorLoads;
import dev.stressgate.report.gatling.FlowTransports;
import dev.stressgate.report.gatling.GroupedRequestStats;
import dev.stressgate.report.gatling.RunSummary;
import dev.stressgate.report.gatling.SimulationLogSummarizer;
import dev.stressgate.run.InjectorSample;
import dev.stressgate.run.RunMetadata;
import dev.stressgate.run.RunMetadataFile;
import dev.stressgate.simulations.flows.FlowCatalogue;
import dev.stressgate.socialapp.SocialApp;
import dev.stressgate.socialapp.TestApps;
import dev.stressgate.socialapp.config.SocialAppConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smoke profile, run by GatlingLauncher (Gatling in a JVM of its own) against the reference app on a random
 * loopback port: every flow's requests and both WebSockets' checks succeed (read from Gatling's simulation.log with the report's own reader),
 * and the run directory holds run.json, profile.json, scrape.jsonl, injector.jsonl and Gatling's results. Bounded by the smoke profile (about 30 s of injection, 55 s hard stop).
 */
class SmokeSimulationIT {
    private static final List<String> EVERY_REQUEST = List.of(
            "auth: signup",
            "auth: login",
            "auth: me",
            "feed: list posts",
            "feed: notifications",
            "posts: create",
            "posts: list",
            "comments_likes: list posts",
            "comments_likes: comment",
            "comments_likes: like",
            "comments_likes: unlike",
            "friends: send request",
            "friends: list received",
            "friends: accept",
            "friends: status",
            "friends: list sent",
            "friends: list",
            "dms: open conversation",
            "dms: send message",
            "dms: read messages",
            "dms: mark read",
            "dms: list conversations",
            "chat_ws: open conversation",
            "chat_ws: ticket",
            "chat_ws: connect",
            "chat_ws: joined",
            "chat_ws: message delivered",
            "chat_ws: read receipt",
            "game_ws: create room",
            "game_ws: ticket",
            "game_ws: connect",
            "game_ws: joined",
            "game_ws: partner ticket",
            "game_ws: partner connect",
            "game_ws: game started",
            "game_ws: chat delivered",
            "game_ws: move made");

    @TempDir
    Path artifacts;

    @Test
    void smokeProfileRunsEveryFlowWithoutErrorsAndFillsTheRunDirectory() throws Exception {
        SocialAppConfig config =
                TestApps.quiet(artifacts.resolve("socialapp.log")).build();
        GatlingLauncher.Outcome outcome;
        String baseUrl;
        try (SocialApp app = SocialApp.start(config)) {
            baseUrl = app.baseUrl();
            outcome = GatlingLauncher.run(
                    SocialMixedSimulation.class,
                    Map.of("profile", "smoke", "base.url", baseUrl, "artifact.dir", artifacts.toString()));
        }

        assertThat(outcome.statusCode())
                .as("0 = SLOs met, 2 = an SLO assertion failed; anything else is a crash")
                .isIn(0, 2);
        Path runDir = outcome.runDir();
        assertThat(runDir.getParent()).isEqualTo(artifacts);
        assertThat(runDir.getFileName().toString()).matches("\\d{8}T\\d{6}Z-smoke");

        RunMetadata run = RunMetadataFile.read(runDir.resolve("run.json"));
        RunSummary summary =
                new SimulationLogSummarizer(new FlowTransports(run.workload())).summarize(simulationLog(runDir));
        Map<String, Long> okByName = summary.requests().stream()
                .collect(Collectors.groupingBy(
                        GroupedRequestStats::name,
                        Collectors.summingLong(request -> request.stats().ok())));
        assertThat(okByName.keySet()).containsAll(EVERY_REQUEST);
        EVERY_REQUEST.forEach(name ->
                assertThat(okByName.get(name)).as("OK count of %s", name).isPositive());
        summary.requests()
                .forEach(request -> assertThat(request.stats().ko())
                        .as("KO count of %s in group %s", request.name(), request.group())
                        .isZero());
        assertThat(summary.errors()).as("errors in simulation.log").isEmpty();
        assertThat(summary.websocketRequests())
                .as("WebSocket checks")
                .extracting(GroupedRequestStats::name)
                .anyMatch(name -> name.startsWith("chat_ws: "))
                .anyMatch(name -> name.startsWith("game_ws: "))
                .allMatch(name -> name.startsWith("chat_ws: ") || name.startsWith("game_ws: "));

        assertThat(run.runId()).isEqualTo(runDir.getFileName().toString());
        assertThat(run.profile().name()).isEqualTo("smoke");
        assertThat(run.profile().kind()).isEqualTo("load");
        assertThat(run.workload()).isEqualTo(FlowCatalogue.SOCIAL.workload());
        assertThat(run.baseUrl()).isEqualTo(baseUrl);
        assertThat(run.simulation()).isEqualTo(SocialMixedSimulation.class.getName());
        assertThat(run.gatlingVersion()).isEqualTo("3.15.1");
        assertThat(run.endEpochMs()).isNotNull().isGreaterThan(run.startEpochMs());
        assertThat(run.metricsEndpoint().available()).isTrue();

        assertThat(ProfileLoader.ofRecordedRun()
                        .load(runDir.resolve("profile.json"))
                        .profile())
                .isEqualTo(new ProfileLoader(FlowCatalogue.SOCIAL.knownFlows())
                        .load("smoke")
                        .profile());

        List<String> scrapes = Files.readAllLines(runDir.resolve("scrape.jsonl"));
        assertThat(scrapes).isNotEmpty();
        JsonNode last = new ObjectMapper().readTree(scrapes.get(scrapes.size() - 1));
        assertThat(last.get("status").asInt()).isEqualTo(200);
        assertThat(last.get("body").asText()).contains("http_requests_total{");

        List<InjectorSample> self = InjectorLoads.read(runDir, baseUrl).get(0).samples();
        assertThat(self)
                .as("the injector's self-samples, one a second while the simulation ran")
                .hasSizeGreaterThanOrEqualTo((int) ((run.endEpochMs() - run.startEpochMs()) / 1000) - 2)
                .allSatisfy(sample -> {
                    assertThat(sample.processors()).isPositive();
                    assertThat(sample.processCpuCores()).isNotNull().isNotNegative();
                    assertThat(sample.heapUsedBytes()).isPositive();
                });
    }

    private static Path simulationLog(Path runDir) throws IOException {
        try (Stream<Path> files = Files.walk(runDir.resolve("gatling"))) {
            List<Path> logs = files.filter(file -> file.getFileName().toString().equals("simulation.log"))
                    .toList();
            assertThat(logs)
                    .as("Gatling's simulation.log under %s", runDir.resolve("gatling"))
                    .hasSize(1);
            return logs.get(0);
        }
    }
}
