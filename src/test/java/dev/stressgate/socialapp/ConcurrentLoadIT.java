package dev.stressgate.socialapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stressgate.socialapp.ApiClient.Reply;
import dev.stressgate.socialapp.ApiClient.Session;
import dev.stressgate.socialapp.config.DatabaseSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * 200 concurrent clients mixing reads and writes for 30 s (bounded: it stops by itself) must not get a
 * single 5xx or transport error. Counts only; no timing assertions.
 */
class ConcurrentLoadIT {

    private static final int CLIENTS = 200;
    private static final Duration RUN_FOR = Duration.ofSeconds(30);

    @Test
    void twoHundredConcurrentClientsGetNo5xx() throws Exception {
        DatabaseSettings database = DatabaseSettings.inMemory().withConnectionTimeout(Duration.ofSeconds(60));
        try (SocialApp app = TestApps.start("load", config -> config.database(database))) {
            ApiClient api = new ApiClient(app.baseUrl());
            Session seed = api.signup();
            long seedPost = api.post("/api/posts", seed.token(), Map.of("title", "seed", "content", "shared"))
                    .json()
                    .get("id")
                    .asLong();
            ConcurrentMap<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
            AtomicLong transportErrors = new AtomicLong();
            CountDownLatch ready = new CountDownLatch(CLIENTS);
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            long deadline = System.nanoTime() + RUN_FOR.toNanos();
            List<Future<?>> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(pool.submit(() -> {
                    Session me = api.signup();
                    ready.countDown();
                    Client client = new Client(api, me, seed, seedPost, statuses, transportErrors);
                    for (int step = 0; System.nanoTime() < deadline; step++) {
                        client.act(step);
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get(RUN_FOR.toSeconds() + 240, TimeUnit.SECONDS);
            }
            pool.shutdown();
            long total = statuses.values().stream().mapToLong(AtomicLong::get).sum();
            long serverErrors = statuses.entrySet().stream()
                    .filter(e -> e.getKey() >= 500)
                    .mapToLong(e -> e.getValue().get())
                    .sum();
            System.out.printf(
                    "concurrent load: %d requests from %d clients, statuses %s, transport errors %d%n",
                    total, CLIENTS, statuses, transportErrors.get());
            assertThat(ready.getCount()).isZero();
            assertThat(serverErrors)
                    .as("5xx answers; statuses seen: %s", statuses)
                    .isZero();
            assertThat(transportErrors.get()).as("transport errors").isZero();
            assertThat(total).as("requests served; statuses seen: %s", statuses).isGreaterThan(2_000);
            assertThat(statuses.keySet()).as("unexpected statuses").allMatch(status -> status < 400);
            assertThat(MetricsText.value(
                            api.get("/metrics", null).body(),
                            "http_requests_total{method=\"GET\",route=\"/api/posts\",status=\"200\"}"))
                    .isPositive();
        }
    }

    /** One client's action mix: feed, post, like/unlike, comment, notifications, DMs, friend status. */
    private record Client(
            ApiClient api,
            Session me,
            Session seed,
            long seedPost,
            ConcurrentMap<Integer, AtomicLong> statuses,
            AtomicLong transportErrors) {

        void act(int step) {
            try {
                switch (step % 8) {
                    case 0 -> count(api.get("/api/posts?limit=20", me.token()));
                    case 1 -> count(api.post("/api/posts", me.token(), Map.of("title", "t" + step, "content", "c")));
                    case 2 -> count(api.post("/api/posts/" + seedPost + "/like", me.token(), null));
                    case 3 -> count(api.delete("/api/posts/" + seedPost + "/like", me.token()));
                    case 4 ->
                        count(api.post(
                                "/api/posts/" + seedPost + "/comments",
                                me.token(),
                                Map.of("content", "comment " + step)));
                    case 5 -> count(api.get("/api/notifications?limit=20", me.token()));
                    case 6 -> directMessage(step);
                    default -> count(api.get("/api/friends/status/" + seed.userId(), me.token()));
                }
            } catch (RuntimeException e) {
                transportErrors.incrementAndGet();
            }
        }

        private void directMessage(int step) {
            Reply opened = api.post(
                    "/api/conversations",
                    me.token(),
                    Map.of("is_group", false, "participant_ids", List.of(seed.userId())));
            count(opened);
            JsonNode conversation = opened.json();
            count(api.post(
                    "/api/conversations/" + conversation.get("id").asLong() + "/messages",
                    me.token(),
                    Map.of("content", "dm " + step, "message_type", "text")));
            count(api.get("/api/conversations/" + conversation.get("id").asLong() + "/messages?limit=50", me.token()));
        }

        private void count(Reply reply) {
            statuses.computeIfAbsent(reply.status(), status -> new AtomicLong()).incrementAndGet();
        }
    }
}
