package dev.stressgate.socialapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stressgate.socialapp.ApiClient.Reply;
import dev.stressgate.socialapp.ApiClient.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Each fault knob, switched through {@code PUT /admin/faults} (or the faults file at start), changes what a
 * client sees and shows up in /metrics and the log the way a real fault would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultInjectionIT {

    private SocialApp app;
    private ApiClient api;
    private Session user;

    @BeforeAll
    void start() {
        app = TestApps.start("faults");
        api = new ApiClient(app.baseUrl());
        user = api.signup();
    }

    @AfterEach
    void clearFaults() {
        assertThat(api.send("PUT", "/admin/faults", null, "{}").status()).isEqualTo(200);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void adminRouteShowsAndValidatesSettings() {
        Map<String, Object> settings = Map.of(
                "latency",
                Map.of("millis", 5, "routes", List.of("/api/posts")),
                "errors",
                Map.of("share", 0.25, "status", 503, "routes", List.of("/api/friends")));
        Reply put = api.send("PUT", "/admin/faults", null, settings);
        assertThat(put.status()).isEqualTo(200);
        JsonNode shown = api.get("/admin/faults", null).json();
        assertThat(shown.get("latency").get("millis").asLong()).isEqualTo(5);
        assertThat(shown.get("errors").get("share").asDouble()).isEqualTo(0.25);
        assertThat(shown.get("errors").get("status").asInt()).isEqualTo(503);
        assertThat(shown.get("database_unavailable").asBoolean()).isFalse();

        Reply invalid = api.send(
                "PUT", "/admin/faults", null, Map.of("errors", Map.of("share", 2.0), "latency", Map.of("millis", -1)));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("error").asText())
                .contains("errors.share")
                .contains("latency.millis");
        assertThat(api.send("PUT", "/admin/faults", null, "{oops").status()).isEqualTo(400);
        assertThat(api.get("/admin/faults", null)
                        .json()
                        .get("latency")
                        .get("millis")
                        .asLong())
                .isEqualTo(5);
    }

    @Test
    void addedLatencyShowsInTheDurationHistogramAndLog() {
        String sum = "http_request_duration_seconds_sum{method=\"GET\",route=\"/api/posts\"}";
        String fast = "http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/posts\",le=\"0.25\"}";
        String count = "http_request_duration_seconds_count{method=\"GET\",route=\"/api/posts\"}";
        String before = metrics();
        api.send(
                "PUT",
                "/admin/faults",
                null,
                Map.of("latency", Map.of("millis", 300, "routes", List.of("/api/posts"))));
        Reply slow = api.raw("GET", "/api/posts", user.token(), null, Map.of("X-Request-Id", "slowed-1"));
        assertThat(slow.status()).isEqualTo(200);
        String after = metrics();
        assertThat(MetricsText.value(after, sum) - MetricsText.value(before, sum))
                .isGreaterThanOrEqualTo(0.3);
        assertThat(after).contains(fast + " ");
        assertThat(MetricsText.value(after, count) - MetricsText.value(before, count))
                .isEqualTo(1);
        assertThat(MetricsText.value(after, fast))
                .as("the slowed request is not in the 250 ms bucket")
                .isEqualTo(MetricsText.value(before, fast));
        assertThat(requestLine("slowed-1").get("duration_ms").asLong()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void injectedErrorsAreCountedAndLoggedAsErrors() {
        api.send("PUT", "/admin/faults", null, Map.of("errors", Map.of("share", 1.0, "routes", List.of("/api/posts"))));
        Reply failed = api.raw("GET", "/api/posts", user.token(), null, Map.of("X-Request-Id", "broken-1"));
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.json().get("error").asText()).isEqualTo("injected fault");
        assertThat(api.get("/api/users/me", user.token()).status()).isEqualTo(200);
        assertThat(MetricsText.value(
                        metrics(), "http_requests_total{method=\"GET\",route=\"/api/posts\",status=\"500\"}"))
                .isEqualTo(1);
        JsonNode line = requestLine("broken-1");
        assertThat(line.get("level").asText()).isEqualTo("ERROR");
        assertThat(line.get("status").asInt()).isEqualTo(500);
    }

    @Test
    void slowDatabaseShowsInQueryLatency() {
        String sum = "sanctum_database_query_latency_seconds_sum{operation=\"post_list\"}";
        String before = metrics();
        api.send(
                "PUT",
                "/admin/faults",
                null,
                Map.of("slow_database", Map.of("millis", 250, "operations", List.of("post_list"))));
        assertThat(api.get("/api/posts", user.token()).status()).isEqualTo(200);
        assertThat(MetricsText.value(metrics(), sum) - MetricsText.value(before, sum))
                .isGreaterThanOrEqualTo(0.25);
    }

    @Test
    void droppedWebsocketFramesAreCountedAndNeverArrive() throws Exception {
        Session bob = api.signup();
        long conversationId = api.post(
                        "/api/conversations",
                        user.token(),
                        Map.of("is_group", false, "participant_ids", List.of(bob.userId())))
                .json()
                .get("id")
                .asLong();
        String drops = "sanctum_websocket_backpressure_drops_total{channel=\"chat\"}";
        double before = MetricsText.value(metrics(), drops);
        api.send(
                "PUT",
                "/admin/faults",
                null,
                Map.of("websocket_drops", Map.of("share", 1.0, "channels", List.of("chat"))));
        try (WsClient ws = WsClient.connect(chatSocketUrl())) {
            ws.send(Map.of("type", "join", "conversation_id", conversationId));
            assertThat(ws.poll(1_000)).isNull();
            assertThat(MetricsText.value(metrics(), drops)).isEqualTo(before + 1);
            api.send("PUT", "/admin/faults", null, "{}");
            ws.send(Map.of("type", "join", "conversation_id", conversationId));
            assertThat(ws.next("joined").get("conversation_id").asLong()).isEqualTo(conversationId);
        }
    }

    @Test
    void aServerCloseEndsTheSocketWithItsCodeAndIsCountedByChannelAndCode() throws Exception {
        String closes = "sanctum_websocket_closes_total{channel=\"chat\",code=\"4001\"}";
        double before = MetricsText.value(metrics(), closes);
        api.send(
                "PUT",
                "/admin/faults",
                null,
                Map.of("websocket_closes", Map.of("share", 1.0, "code", 4001, "channels", List.of("chat"))));
        try (WsClient ws = WsClient.connect(chatSocketUrl())) {
            ws.send(Map.of("type", "ping"));

            assertThat(ws.serverCloseCode()).isEqualTo(4001);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (MetricsText.value(metrics(), closes) < before + 1 && System.nanoTime() < deadline) {
            Thread.sleep(50); // the server counts the close when its session ends, just after sending the frame
        }
        assertThat(MetricsText.value(metrics(), closes)).isEqualTo(before + 1);
    }

    @Test
    void databaseUnavailableSwitchFailsReadinessAndQueries() {
        api.send("PUT", "/admin/faults", null, Map.of("database_unavailable", true));
        assertThat(api.get("/health/ready", null).status()).isEqualTo(503);
        assertThat(api.get("/api/posts", user.token()).status()).isEqualTo(503);
        assertThat(api.get("/health/live", null).status()).isEqualTo(200);
        api.send("PUT", "/admin/faults", null, Map.of("database_unavailable", false));
        assertThat(api.get("/health/ready", null).status()).isEqualTo(200);
        assertThat(api.get("/api/posts", user.token()).status()).isEqualTo(200);
    }

    @Test
    void faultsFileAppliesAtStart() throws Exception {
        Path file = Files.createTempFile(Path.of("target"), "faults", ".json");
        Files.writeString(file, "{\"errors\": {\"share\": 1.0, \"status\": 502, \"routes\": [\"/api/users/me\"]}}");
        try (SocialApp faulty = TestApps.start("faults-file", config -> config.faultsFile(file))) {
            ApiClient client = new ApiClient(faulty.baseUrl());
            Session someone = client.signup();
            assertThat(client.get("/api/users/me", someone.token()).status()).isEqualTo(502);
            assertThat(client.get("/api/posts", someone.token()).status()).isEqualTo(200);
        }
    }

    private String metrics() {
        return api.get("/metrics", null).body();
    }

    private JsonNode requestLine(String requestId) {
        return LogFile.requests(app.logFile()).stream()
                .filter(line -> line.path("request_id").asText().equals(requestId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no request log line for " + requestId));
    }

    /** A chat socket address for {@code user}, with a fresh ticket. */
    private String chatSocketUrl() throws Exception {
        return app.baseUrl().replace("http://", "ws://") + "/api/ws/chat?ticket=" + api.ticket(user);
    }
}
