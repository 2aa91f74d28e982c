package dev.stressgate.report.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.report.sources.testing.ExternalTool;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fake targets look like the runtimes they imitate: their log lines, metric names and answer to Java's default
 * HTTP/2 client ({@code Upgrade: h2c}), and they take the reference app's fault JSON. Seconds per target.
 */
class FakeTargetsIT {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP_1_1 = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final HttpClient DEFAULT_CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs up, posts, reads the feed; then a 5xx for every /api/posts call through the fault switch. */
    private static void exercise(URI base) throws Exception {
        HttpResponse<String> signup = send(
                HTTP_1_1,
                HttpRequest.newBuilder(base.resolve("/api/auth/signup"))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"u1\",\"email\":\"u1@x.test\",\"password\":\"pw\"}")));
        assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
        String token = MAPPER.readTree(signup.body()).path("token").asText();
        HttpResponse<String> feed = send(
                HTTP_1_1,
                HttpRequest.newBuilder(base.resolve("/api/posts?limit=20")).header("Authorization", "Bearer " + token));
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(send(HTTP_1_1, HttpRequest.newBuilder(base.resolve("/api/posts")))
                        .statusCode())
                .as("no token")
                .isEqualTo(401);
        HttpResponse<String> bad = send(
                HTTP_1_1,
                HttpRequest.newBuilder(base.resolve("/admin/faults"))
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"errors\":{\"share\":2}}")));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("errors.share");
        assertThat(send(
                                HTTP_1_1,
                                HttpRequest.newBuilder(base.resolve("/admin/faults"))
                                        .PUT(
                                                HttpRequest.BodyPublishers.ofString(
                                                        "{\"errors\":{\"share\":1.0,\"status\":503,\"routes\":[\"/api/posts\"]}}")))
                        .statusCode())
                .isEqualTo(200);
        assertThat(send(
                                HTTP_1_1,
                                HttpRequest.newBuilder(base.resolve("/api/posts?limit=20"))
                                        .header("Authorization", "Bearer " + token))
                        .statusCode())
                .isEqualTo(503);
    }

    private static List<JsonNode> requestLines(Path log, String field) throws Exception {
        return Files.readAllLines(log).stream()
                .map(FakeTargetsIT::json)
                .filter(node -> node.has(field))
                .toList();
    }

    private static JsonNode json(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not a JSON log line: " + line, e);
        }
    }

    @Test
    void theNodeStyleTargetLogsLikePinoExportsLikePromClientAndRefusesH2cUpgrades() throws Exception {
        assumeThat(ExternalTool.onPath("node")).as("node on the PATH").isPresent();
        Path log = dir.resolve("node.log");
        try (MatrixTarget.Running target = MatrixTarget.NODE_STYLE.start(log)) {
            exercise(target.baseUrl());
            assertThat(send(
                                    DEFAULT_CLIENT,
                                    HttpRequest.newBuilder(target.baseUrl().resolve("/metrics")))
                            .statusCode())
                    .as("Java's default client on plain http asks for Upgrade: h2c")
                    .isEqualTo(404);
            String metrics = send(
                            HTTP_1_1, HttpRequest.newBuilder(target.baseUrl().resolve("/metrics")))
                    .body();
            assertThat(metrics)
                    .contains(
                            "process_resident_memory_bytes ",
                            "process_cpu_seconds_total ",
                            "nodejs_heap_size_used_bytes ",
                            "http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/posts\",status_code=\"200\",le=\"0.005\"}",
                            "http_requests_total{method=\"GET\",route=\"/api/posts\",status=\"503\"} 1",
                            "# TYPE sanctum_websocket_backpressure_drops_total counter")
                    .doesNotContain("jvm_", "go_");
        }
        JsonNode line = requestLines(log, "res").stream()
                .filter(node -> node.path("res").path("statusCode").asInt() == 503)
                .findFirst()
                .orElseThrow();
        assertThat(line.path("level").asInt()).isEqualTo(50);
        assertThat(line.path("time").asLong()).isGreaterThan(1_600_000_000_000L);
        assertThat(line.path("req").path("url").asText()).isEqualTo("/api/posts?limit=20");
        assertThat(line.has("responseTime")).isTrue();
        assertThat(line.has("@timestamp") || line.has("message")).isFalse();
    }

    @Test
    void theGoStyleTargetLogsLikeZapAndExportsGoSeriesWithItsOwnLabelsAndBuckets() throws Exception {
        assumeThat(ExternalTool.onPath("python3")).as("python3 on the PATH").isPresent();
        Path log = dir.resolve("go.log");
        try (MatrixTarget.Running target = MatrixTarget.GO_STYLE.start(log)) {
            exercise(target.baseUrl());
            assertThat(send(
                                    DEFAULT_CLIENT,
                                    HttpRequest.newBuilder(target.baseUrl().resolve("/metrics")))
                            .statusCode())
                    .as("net/http ignores an h2c upgrade request and answers it")
                    .isEqualTo(200);
            String metrics = send(
                            HTTP_1_1, HttpRequest.newBuilder(target.baseUrl().resolve("/metrics")))
                    .body();
            assertThat(metrics)
                    .contains(
                            "go_goroutines ",
                            "go_memstats_heap_alloc_bytes ",
                            "process_cpu_seconds_total ",
                            "process_resident_memory_bytes ",
                            "le=\"0.008\"",
                            "sanctum_database_query_latency_seconds_bucket{query=\"post_list\"",
                            "http_requests_total{method=\"GET\",route=\"/api/posts\",status=\"503\"} 1.0")
                    .doesNotContain("jvm_", "nodejs_", "operation=");
        }
        JsonNode line = requestLines(log, "latency").stream()
                .filter(node -> node.path("status").asInt() == 503)
                .findFirst()
                .orElseThrow();
        assertThat(line.path("level").asText()).isEqualTo("error");
        assertThat(line.path("ts").isFloatingPointNumber()).isTrue();
        assertThat(line.path("msg").asText()).isEqualTo("request");
        assertThat(line.path("path").asText()).isEqualTo("/api/posts");
        assertThat(line.path("latency").asDouble()).isLessThan(5.0);
    }

    @Test
    void thePythonStyleTargetLogsLikePythonJsonLoggerAndExportsPrometheusClientDefaults() throws Exception {
        assumeThat(ExternalTool.onPath("python3")).as("python3 on the PATH").isPresent();
        Path log = dir.resolve("python.log");
        try (MatrixTarget.Running target = MatrixTarget.PYTHON_STYLE.start(log)) {
            exercise(target.baseUrl());
            String metrics = send(
                            HTTP_1_1, HttpRequest.newBuilder(target.baseUrl().resolve("/metrics")))
                    .body();
            assertThat(metrics)
                    .contains(
                            "python_info{implementation=\"CPython\"",
                            "python_gc_objects_collected_total{generation=\"0\"}",
                            "process_cpu_seconds_total ",
                            "process_resident_memory_bytes ",
                            "le=\"0.075\"",
                            "sanctum_database_query_latency_seconds_bucket{operation=\"post_list\"",
                            "http_requests_total{method=\"GET\",route=\"/api/posts\",status=\"503\"} 1.0",
                            "http_requests_created{method=\"GET\",route=\"/api/posts\",status=\"503\"} ",
                            "http_request_duration_seconds_created{")
                    .doesNotContain("jvm_", "nodejs_", "go_", "heap");
        }
        JsonNode line = requestLines(log, "elapsed_ms").stream()
                .filter(node -> node.path("status_code").asInt() == 503)
                .findFirst()
                .orElseThrow();
        assertThat(line.path("levelname").asText()).isEqualTo("ERROR");
        assertThat(line.path("asctime").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3}");
        assertThat(line.path("message").asText()).isEqualTo("GET /api/posts?limit=20 503");
        assertThat(line.path("path").asText()).isEqualTo("/api/posts?limit=20");
        assertThat(line.has("ts") || line.has("msg") || line.has("level")).isFalse();
    }
}
