package dev.stressgate.simulations;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.live.LiveRun;
import dev.stressgate.run.RunSettings;
import dev.stressgate.run.http.HttpAnswer;
import dev.stressgate.run.http.OutboundFailure;
import dev.stressgate.run.http.OutboundHttp;
import dev.stressgate.run.http.OutboundHttpSettings;
import dev.stressgate.simulations.flows.FlowCatalogue;
import dev.stressgate.simulations.flows.Requests;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;

/**
 * Injector benchmark ({@code make bench-injector}): {@value #USERS} virtual users, each looping on
 * {@code GET /api/posts?limit=20} over its own keep-alive connection (as real clients and wrk do) for
 * {@code BENCH_SECONDS} (default 60); {@code BENCH_SHARE_CONNECTIONS=true} shares one connection pool between the
 * users (Gatling's {@code shareConnections}). The live view (injector /metrics, live console) runs as in every run
 * unless {@code INJECTOR_METRICS_PORT=off}. Prints requests per second and the Gatling JVM's CPU seconds per 10,000
 * requests, measured between the before and after hooks. {@code BENCH_TOKEN} is the bearer token of an account
 * whose feed is seeded (the script seeds one); without it the simulation seeds its own. Run it against a target
 * without rate limits.
 */
public class PostsHammerSimulation extends Simulation {
    static final int USERS = 64;
    static final Duration DURATION =
            Duration.ofSeconds(Integer.parseInt(System.getenv().getOrDefault("BENCH_SECONDS", "60")));
    private static final boolean SHARE_CONNECTIONS =
            Boolean.parseBoolean(System.getenv().getOrDefault("BENCH_SHARE_CONNECTIONS", "false"));
    private static final int SEEDED_POSTS = 20;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI baseUrl = RunSettings.fromProcess().baseUrl();
    private final LongAdder responses = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private String token;
    private LiveRun live;
    private boolean liveEndpoint;
    private long startNanos;
    private long startCpuNanos;

    public PostsHammerSimulation() {
        HttpProtocolBuilder protocol = http.baseUrl(baseUrl.toString())
                .acceptHeader("application/json")
                .header("X-Request-Id", session -> UUID.randomUUID().toString());
        setUp(scenario("posts hammer")
                        .exec(during(DURATION)
                                .on(exec(http("bench: list posts")
                                                .get("/api/posts?limit=20")
                                                .header("Authorization", session -> "Bearer " + token)
                                                .check(status().is(200)))
                                        .exec(session -> {
                                            responses.increment();
                                            if (session.isFailed()) {
                                                failures.increment();
                                            }
                                            return session.markAsSucceeded();
                                        })))
                        .injectOpen(atOnceUsers(USERS)))
                .protocols(SHARE_CONNECTIONS ? protocol.shareConnections() : protocol);
    }

    @Override
    public void before() {
        String given = System.getenv("BENCH_TOKEN");
        token = given == null || given.isBlank() ? seedAccountWithPosts() : given;
        live = RunSetup.resolve(FlowCatalogue.SOCIAL).startLive(FlowCatalogue.SOCIAL, () -> 0L);
        liveEndpoint = live.metricsUrl().isPresent();
        startCpuNanos = processCpuNanos();
        startNanos = System.nanoTime();
    }

    @Override
    public void after() {
        live.finish();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double cpuSeconds = (processCpuNanos() - startCpuNanos) / 1e9;
        long count = responses.sum();
        System.out.printf(
                "bench-injector: %s, live view %s: %d users, %d requests (%d KO) in %.1f s = %.0f requests/s; injector CPU %.1f s = "
                        + "%.2f CPU s per 10,000 requests (%d cores)%n",
                SHARE_CONNECTIONS ? "shared connections" : "keep-alive connection per user",
                liveEndpoint ? "on" : "off",
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
