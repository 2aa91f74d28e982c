package dev.stressgate.socialapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stressgate.socialapp.ApiClient.Reply;
import dev.stressgate.socialapp.ApiClient.Session;
import dev.stressgate.socialapp.config.RateLimitSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** /metrics names and movement, the structured request log, secrets kept out of logs, and rate limiting. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObservabilityIT {

    private static final List<String> REQUIRED_NAMES = List.of(
            "http_requests_total",
            "http_request_duration_seconds",
            "sanctum_active_websockets",
            "sanctum_websocket_connections_total",
            "sanctum_websocket_backpressure_drops_total",
            "sanctum_websocket_outbound_queue_depth",
            "sanctum_database_query_latency_seconds",
            "sanctum_message_throughput_total",
            "hikaricp_connections_active",
            "hikaricp_connections_idle",
            "hikaricp_connections_pending",
            "hikaricp_connections_max",
            "hikaricp_connection_acquire_seconds",
            "process_cpu_seconds_total",
            "jvm_memory_used_bytes",
            "jvm_gc_collection_seconds",
            "process_resident_memory_bytes");

    private SocialApp app;
    private ApiClient api;

    @BeforeAll
    void start() {
        app = TestApps.start("observability");
        api = new ApiClient(app.baseUrl());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void metricsExposeEveryRequiredNameWithRouteTemplates() {
        Session user = api.signup();
        long postId = api.post("/api/posts", user.token(), Map.of("title", "t", "content", "c"))
                .json()
                .get("id")
                .asLong();
        api.post("/api/posts/" + postId + "/like", user.token(), null);
        String metrics = api.get("/metrics", null).body();
        for (String name : REQUIRED_NAMES) {
            assertThat(metrics).as(name).containsPattern("(?m)^# TYPE " + name + " ");
        }
        assertThat(metrics).contains("route=\"/api/posts/{id}/like\"").doesNotContain("/api/posts/" + postId);
        assertThat(metrics).contains("jvm_memory_used_bytes{area=\"heap\"}");
        assertThat(metrics).contains("http_request_duration_seconds_bucket{method=\"POST\",route=\"/api/posts\"");
    }

    @Test
    void countersMoveWithTraffic() {
        Session user = api.signup();
        String series = "http_requests_total{method=\"GET\",route=\"/api/posts\",status=\"200\"}";
        String dbSeries = "sanctum_database_query_latency_seconds_count{operation=\"post_list\"}";
        String acquired = "hikaricp_connection_acquire_seconds_count{pool=";
        String before = api.get("/metrics", null).body();
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/posts", user.token()).status()).isEqualTo(200);
        }
        String after = api.get("/metrics", null).body();
        assertThat(MetricsText.value(after, series) - MetricsText.value(before, series))
                .isEqualTo(5);
        assertThat(MetricsText.value(after, dbSeries) - MetricsText.value(before, dbSeries))
                .isEqualTo(5);
        assertThat(acquireCount(after, acquired)).isGreaterThan(acquireCount(before, acquired));
    }

    @Test
    void requestLogCarriesRequestIdAndNoSecrets() {
        Session user = api.signup();
        String ticket = api.ticket(user);
        WsClient.handshakeStatus(app.baseUrl().replace("http://", "ws://") + "/api/ws/chat?ticket=" + ticket);
        Reply reply = api.raw("GET", "/api/posts?limit=3", user.token(), null, Map.of("X-Request-Id", "trace-me-7"));
        assertThat(reply.header("X-Request-Id")).isEqualTo("trace-me-7");
        api.post("/api/auth/login", null, Map.of("email", user.email(), "password", user.password()));

        List<JsonNode> requests = LogFile.requests(app.logFile());
        JsonNode traced = requests.stream()
                .filter(line -> line.path("request_id").asText().equals("trace-me-7"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no log line with request_id trace-me-7"));
        assertThat(traced.get("level").asText()).isEqualTo("INFO");
        assertThat(traced.get("method").asText()).isEqualTo("GET");
        assertThat(traced.get("route").asText()).isEqualTo("/api/posts");
        assertThat(traced.get("status").asInt()).isEqualTo(200);
        assertThat(traced.get("duration_ms").isIntegralNumber()).isTrue();
        assertThat(traced.get("user_id").asLong()).isEqualTo(user.userId());
        assertThat(traced.get("@timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(requests).anySatisfy(line -> {
            assertThat(line.get("route").asText()).isEqualTo("/api/ws/chat");
            assertThat(line.get("status").asInt()).isEqualTo(101);
        });
        assertThat(requests)
                .anySatisfy(line -> assertThat(line.get("user_id").isNull()).isTrue());

        String log = LogFile.text(app.logFile());
        assertThat(log).doesNotContain(user.token()).doesNotContain(ticket).doesNotContain(user.password());
    }

    @Test
    void rateLimitAnswers429WithRetryAfterAndWarnLog() {
        try (SocialApp limited = TestApps.start(
                "rate-limit", config -> config.rateLimit(new RateLimitSettings(true, 3, Duration.ofMinutes(1))))) {
            ApiClient client = new ApiClient(limited.baseUrl());
            Session user = client.signup();
            for (int i = 0; i < 3; i++) {
                assertThat(client.get("/api/posts", user.token()).status()).isEqualTo(200);
            }
            Reply limitedReply = client.get("/api/posts", user.token());
            assertThat(limitedReply.status()).isEqualTo(429);
            assertThat(Long.parseLong(limitedReply.header("Retry-After"))).isPositive();
            assertThat(client.get("/api/posts", client.signup().token()).status())
                    .isEqualTo(200);
            assertThat(LogFile.requests(limited.logFile())).anySatisfy(line -> {
                assertThat(line.get("status").asInt()).isEqualTo(429);
                assertThat(line.get("level").asText()).isEqualTo("WARN");
                assertThat(line.get("user_id").asLong()).isEqualTo(user.userId());
            });
            assertThat(MetricsText.value(
                            client.get("/metrics", null).body(),
                            "http_requests_total{method=\"GET\",route=\"/api/posts\",status=\"429\"}"))
                    .isEqualTo(1);
        }
    }

    @Test
    void instancesInOneJvmKeepSeparateLogsAndMetrics() {
        try (SocialApp other = TestApps.start("second-instance")) {
            new ApiClient(other.baseUrl()).get("/health/live", null);
            assertThat(other.logFile()).isNotEqualTo(app.logFile());
            assertThat(LogFile.requests(other.logFile())).hasSize(1);
            assertThat(MetricsText.value(
                            new ApiClient(other.baseUrl()).get("/metrics", null).body(),
                            "http_requests_total{method=\"GET\",route=\"/health/live\",status=\"200\"}"))
                    .isEqualTo(1);
        }
    }

    private static double acquireCount(String metrics, String prefix) {
        return metrics.lines()
                .filter(line -> line.startsWith(prefix))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
