package dev.stressgate.socialapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stressgate.socialapp.ApiClient.Session;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The chat WebSocket: every client and server frame, delivery to both participants, backpressure drops. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatWebSocketIT {

    private SocialApp app;
    private ApiClient api;

    @BeforeAll
    void start() {
        app = TestApps.start("chat", config -> config.websocketQueueCapacity(4));
        api = new ApiClient(app.baseUrl());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void joinMessageAndReadReachBothParticipants() throws Exception {
        Session ann = api.signup();
        Session bob = api.signup();
        long conversationId = conversation(ann, bob);
        try (WsClient annWs = WsClient.connect(chatUrl(ann));
                WsClient bobWs = WsClient.connect(chatUrl(bob))) {
            annWs.send(Map.of("type", "join", "conversation_id", conversationId));
            assertThat(annWs.next("joined").get("conversation_id").asLong()).isEqualTo(conversationId);
            bobWs.send(Map.of("type", "join", "conversation_id", conversationId));
            bobWs.next("joined");

            annWs.send(Map.of(
                    "type",
                    "message",
                    "conversation_id",
                    conversationId,
                    "content",
                    "hello over ws",
                    "client_msg_id",
                    "c-1"));
            JsonNode toAnn = annWs.next("message");
            JsonNode toBob = bobWs.next("message");
            for (JsonNode frame : List.of(toAnn, toBob)) {
                assertThat(frame.get("conversation_id").asLong()).isEqualTo(conversationId);
                assertThat(frame.get("sender_id").asLong()).isEqualTo(ann.userId());
                assertThat(frame.get("content").asText()).isEqualTo("hello over ws");
                assertThat(frame.get("client_msg_id").asText()).isEqualTo("c-1");
                assertThat(frame.get("id").asLong()).isPositive();
                assertThat(frame.get("created_at").asText()).isNotBlank();
            }
            assertThat(toAnn.get("id")).isEqualTo(toBob.get("id"));

            bobWs.send(Map.of("type", "read", "conversation_id", conversationId));
            JsonNode read = annWs.next("read");
            assertThat(read.get("conversation_id").asLong()).isEqualTo(conversationId);
            assertThat(read.get("user_id").asLong()).isEqualTo(bob.userId());

            api.post(
                    "/api/conversations/" + conversationId + "/messages",
                    bob.token(),
                    Map.of("content", "sent over http", "message_type", "text"));
            assertThat(annWs.next("message").get("content").asText()).isEqualTo("sent over http");
        }
        assertThat(api.get("/api/conversations/" + conversationId + "/messages", bob.token())
                        .json()
                        .findValuesAsText("content"))
                .containsExactly("hello over ws", "sent over http");
        String metrics = api.get("/metrics", null).body();
        assertThat(MetricsText.value(metrics, "sanctum_message_throughput_total{channel=\"chat\"}"))
                .isGreaterThan(0);
        assertThat(MetricsText.value(metrics, "sanctum_message_throughput_total{channel=\"dm\"}"))
                .isGreaterThan(0);
        assertThat(MetricsText.value(
                        metrics, "sanctum_websocket_connections_total{channel=\"chat\",outcome=\"accepted\"}"))
                .isGreaterThan(1);
    }

    @Test
    void errorFramesForOutsidersUnjoinedAndGarbage() throws Exception {
        Session ann = api.signup();
        Session bob = api.signup();
        Session eve = api.signup();
        long conversationId = conversation(ann, bob);
        try (WsClient eveWs = WsClient.connect(chatUrl(eve))) {
            eveWs.send(Map.of("type", "join", "conversation_id", conversationId));
            assertThat(eveWs.next("error").get("error").asText()).contains("not a participant");
            eveWs.send(Map.of("type", "message", "conversation_id", conversationId, "content", "x"));
            assertThat(eveWs.next("error").get("error").asText()).contains("join");
            eveWs.send(Map.of("type", "join", "conversation_id", 999999));
            assertThat(eveWs.next("error").get("error").asText()).contains("not found");
            eveWs.send(Map.of("type", "dance", "conversation_id", conversationId));
            assertThat(eveWs.next("error").get("error").asText()).contains("unknown frame type");
            eveWs.send("not json at all");
            assertThat(eveWs.next("error").get("error").asText()).contains("JSON");
            eveWs.send(Map.of("type", "join", "conversation_id", "abc"));
            assertThat(eveWs.next("error").get("error").asText()).contains("conversation_id");
        }
    }

    @Test
    void slowConsumerFramesAreDroppedAndCounted() throws Exception {
        Session ann = api.signup();
        Session bob = api.signup();
        long conversationId = conversation(ann, bob);
        double before = drops();
        String big = "x".repeat(9_000);
        try (WsClient annWs = WsClient.connect(chatUrl(ann));
                WsClient bobWs = WsClient.connectStalled(chatUrl(bob))) {
            annWs.send(Map.of("type", "join", "conversation_id", conversationId));
            annWs.next("joined");
            bobWs.send(Map.of("type", "join", "conversation_id", conversationId));
            for (int i = 0; i < 1_500 && drops() == before; i++) {
                annWs.send(Map.of(
                        "type",
                        "message",
                        "conversation_id",
                        conversationId,
                        "content",
                        big,
                        "client_msg_id",
                        "m-" + i));
                annWs.next("message");
            }
            assertThat(queueDepth())
                    .as("frames waiting for the stalled consumer while it is connected")
                    .isPositive();
        }
        assertThat(drops()).isGreaterThan(before);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (queueDepth() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50); // the queue is released when the server's session ends, just after the close
        }
        assertThat(queueDepth())
                .as("a closed socket's waiting frames are released")
                .isZero();
    }

    private double queueDepth() {
        return MetricsText.value(
                api.get("/metrics", null).body(), "sanctum_websocket_outbound_queue_depth{channel=\"chat\"}");
    }

    private double drops() {
        return MetricsText.value(
                api.get("/metrics", null).body(), "sanctum_websocket_backpressure_drops_total{channel=\"chat\"}");
    }

    private long conversation(Session a, Session b) {
        return api.post(
                        "/api/conversations",
                        a.token(),
                        Map.of("is_group", false, "participant_ids", List.of(b.userId())))
                .json()
                .get("id")
                .asLong();
    }

    private String chatUrl(Session session) {
        return app.baseUrl().replace("http://", "ws://") + "/api/ws/chat?ticket=" + api.ticket(session);
    }
}
