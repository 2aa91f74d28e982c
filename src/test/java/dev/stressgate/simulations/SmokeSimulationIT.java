package dev.stressgate.simulations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.profile.ProfileLoader;
import dev.stressgate.run.RunMetadata;
import dev.stressgate.run.RunMetadataFile;
import dev.stressgate.socialapp.SocialApp;
import dev.stressgate.socialapp.config.SocialAppConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smoke profile, run in-process by Gatling against the reference app on a random loopback port: every flow's
 * requests and both WebSockets' checks succeed, and the run directory holds run.json, profile.json, scrape.jsonl and
 * Gatling's results. Bounded by the smoke profile (about 30 s of injection, 55 s hard stop).
 */
class SmokeSimulationIT {
    private static final List<String> EVERY_REQUEST = List.of(
            "auth: signup", "auth: login", "auth: me",
            "feed: list posts", "feed: notifications",
            "posts: create", "posts: list",
            "comments_likes: list posts", "comments_likes: comment", "comments_likes: like", "comments_likes: unlike",
            "friends: send request", "friends: list received", "friends: accept", "friends: status",
            "friends: list sent", "friends: list",
            "dms: open conversation", "dms: send message", "dms: read messages", "dms: mark read",
            "dms: list conversations",
            "chat_ws: open conversation", "chat_ws: ticket", "chat_ws: connect", "chat_ws: joined",
            "chat_ws: message delivered", "chat_ws: read receipt",
            "game_ws: create room", "game_ws: ticket", "game_ws: connect", "game_ws: joined",
            "game_ws: partner ticket", "game_ws: partner connect", "game_ws: game started",
            "game_ws: chat delivered", "game_ws: move made");

    @TempDir
    Path artifacts;

    @Test
    void smokeProfileRunsEveryFlowWithoutErrorsAndFillsTheRunDirectory() throws Exception {
        SocialAppConfig config = SocialAppConfig.defaults().withPort(0).withLogToConsole(false)
                .withLogFile(artifacts.resolve("socialapp.log")).withPasswordIterations(1_000);
        GatlingLauncher.Outcome outcome;
        String baseUrl;
        try (SocialApp app = SocialApp.start(config)) {
            baseUrl = app.baseUrl();
            outcome = GatlingLauncher.run(SocialMixedSimulation.class, Map.of(
                    "profile", "smoke", "base.url", baseUrl, "artifact.dir", artifacts.toString()));
        }

        assertThat(outcome.statusCode()).as("0 = SLOs met, 2 = an SLO assertion failed; anything else is a crash")
                .isIn(0, 2);
        Path runDir = outcome.runDir();
        assertThat(runDir.getParent()).isEqualTo(artifacts);
        assertThat(runDir.getFileName().toString()).matches("\\d{8}T\\d{6}Z-smoke");

        Map<String, GatlingReportTable.Counts> counts = GatlingReportTable.read(runDir.resolve("gatling"));
        assertThat(counts.keySet()).containsAll(EVERY_REQUEST);
        EVERY_REQUEST.forEach(name -> assertThat(counts.get(name).ok()).as("OK count of %s", name).isPositive());
        counts.forEach((name, count) -> assertThat(count.ko()).as("KO count of %s", name).isZero());

        RunMetadata run = RunMetadataFile.read(runDir.resolve("run.json"));
        assertThat(run.runId()).isEqualTo(runDir.getFileName().toString());
        assertThat(run.profile().name()).isEqualTo("smoke");
        assertThat(run.baseUrl()).isEqualTo(baseUrl);
        assertThat(run.simulation()).isEqualTo(SocialMixedSimulation.class.getName());
        assertThat(run.gatlingVersion()).isEqualTo("3.15.1");
        assertThat(run.endEpochMs()).isNotNull().isGreaterThan(run.startEpochMs());
        assertThat(run.metricsEndpoint().available()).isTrue();

        assertThat(new ProfileLoader().load(runDir.resolve("profile.json")).profile())
                .isEqualTo(new ProfileLoader().load("smoke").profile());

        List<String> scrapes = Files.readAllLines(runDir.resolve("scrape.jsonl"));
        assertThat(scrapes).isNotEmpty();
        JsonNode last = new ObjectMapper().readTree(scrapes.get(scrapes.size() - 1));
        assertThat(last.get("status").asInt()).isEqualTo(200);
        assertThat(last.get("body").asText()).contains("http_requests_total{");
    }
}
