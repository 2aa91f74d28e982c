package dev.stressgate.simulations;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.run.RunSettings;
import dev.stressgate.run.http.HttpAnswer;
import dev.stressgate.run.http.OutboundFailure;
import dev.stressgate.run.http.OutboundHttp;
import dev.stressgate.run.http.OutboundHttpSettings;
import dev.stressgate.simulations.flows.Requests;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;

/**
 * Injector benchmark ({@code make bench-injector}): a closed model of 64 concurrent users, each virtual user one
 * {@code GET /api/posts?limit=20}, for 60 s. Prints requests per second and the Gatling JVM's CPU seconds per
 * 10,000 requests, measured between the before and after hooks. Run it against a target without rate limits.
 */
public class PostsHammerSimulation extends Simulation {
    static final int USERS = 64;
    static final Duration DURATION = Duration.ofSeconds(60);
    private static final int SEEDED_POSTS = 20;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI baseUrl = RunSettings.fromProcess().baseUrl();
    private final LongAdder responses = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private String token;
    private long startNanos;
    private long startCpuNanos;

    public PostsHammerSimulation() {
        setUp(scenario("posts hammer")
                        .exec(http("bench: list posts")
                                .get("/api/posts?limit=20")
                                .header("Authorization", session -> "Bearer " + token)
                                .check(status().is(200)))
                        .exec(session -> {
                            responses.increment();
                            if (session.isFailed()) {
                                failures.increment();
                            }
                            return session;
                        })
                        .injectClosed(constantConcurrentUsers(USERS).during(DURATION)))
                .protocols(http.baseUrl(baseUrl.toString())
                        .acceptHeader("application/json")
                        .header("X-Request-Id", session -> UUID.randomUUID().toString()));
    }

    @Override
    public void before() {
        token = seedAccountWithPosts();
        startCpuNanos = processCpuNanos();
        startNanos = System.nanoTime();
    }

    @Override
    public void after() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double cpuSeconds = (processCpuNanos() - startCpuNanos) / 1e9;
        long count = responses.sum();
        System.out.printf(
                "bench-injector: %d users, %d requests (%d KO) in %.1f s = %.0f requests/s; injector CPU %.1f s = "
                        + "%.2f CPU s per 10,000 requests (%d cores)%n",
                USERS,
                count,
                failures.sum(),
                seconds,
                count / seconds,
                cpuSeconds,
                count == 0 ? Double.NaN : cpuSeconds * 10_000 / count,
                Runtime.getRuntime().availableProcessors());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Signs one account up and gives the feed {@value #SEEDED_POSTS} posts, so every list returns a full page. */
    private String seedAccountWithPosts() {
        OutboundHttp client = OutboundHttp.forQueries(OutboundHttpSettings.fromProcess(), Duration.ofSeconds(10));
        String name = "bench" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode signup = call(
                client,
                "/api/auth/signup",
                null,
                Map.of("username", name, "email", name + "@load.test", "password", "pw-" + UUID.randomUUID()),
                201);
        String bearer = signup.get("token").asText();
        for (int i = 0; i < SEEDED_POSTS; i++) {
            call(
                    client,
                    "/api/posts",
                    bearer,
                    Map.of("title", "bench " + i, "content", "seed post", "post_type", "text"),
                    201);
        }
        return bearer;
    }

    private JsonNode call(OutboundHttp client, String path, String bearer, Map<String, Object> body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl.resolve(path))
                .header("Content-Type", "application/json")
                .header("X-Request-Id", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(Requests.write(body)));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpAnswer response = client.send(request);
            if (response.status() != expected) {
                throw new IllegalStateException(
                        "POST " + path + " answered HTTP " + response.status() + " (expected " + expected + ")");
            }
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(
                    "POST " + baseUrl.resolve(path) + " answered something that is not JSON: " + e.getMessage(), e);
        } catch (OutboundFailure e) {
            throw new IllegalStateException("POST " + path + " failed: " + e.getMessage(), e);
        }
    }
}
