package dev.stressgate.socialapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stressgate.socialapp.ApiClient.Session;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The game WebSocket: join_room, moves (legal, illegal, out of turn), chat and a full room. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GameWebSocketIT {

    private SocialApp app;
    private ApiClient api;

    @BeforeAll
    void start() {
        app = TestApps.start("game");
        api = new ApiClient(app.baseUrl());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void fullGameExchange() throws Exception {
        Session black = api.signup();
        Session white = api.signup();
        Session third = api.signup();
        long roomId = api.post("/api/games/rooms", black.token(), Map.of("type", "othello"))
                .json()
                .get("id")
                .asLong();
        try (WsClient blackWs = WsClient.connect(gameUrl(black, roomId));
                WsClient whiteWs = WsClient.connect(gameUrl(white, roomId))) {
            blackWs.send(Map.of("type", "join_room", "payload", Map.of()));
            JsonNode state = blackWs.next("game_state").get("payload");
            assertThat(state.get("status").asText()).isEqualTo("waiting");
            assertThat(state.get("board").get(3).asText()).isEqualTo("...WB...");

            blackWs.send(Map.of("type", "make_move", "payload", Map.of("row", 2, "column", 3)));
            assertThat(blackWs.next("error").get("error").asText()).isEqualTo("game has not started");

            whiteWs.send(Map.of("type", "join_room", "payload", Map.of()));
            JsonNode started = whiteWs.next("game_started").get("payload");
            assertThat(blackWs.next("game_started").get("payload")).isEqualTo(started);
            assertThat(started.get("white_player_id").asLong()).isEqualTo(white.userId());
            assertThat(started.get("current_player_id").asLong()).isEqualTo(black.userId());
            assertThat(api.get("/api/games/rooms/" + roomId, black.token())
                            .json()
                            .get("opponent_id")
                            .asLong())
                    .isEqualTo(white.userId());

            whiteWs.send(Map.of("type", "make_move", "payload", Map.of("row", 2, "column", 4)));
            assertThat(whiteWs.next("error").get("error").asText()).isEqualTo("not your turn");

            blackWs.send(Map.of("type", "make_move", "payload", Map.of("row", 0, "column", 0)));
            assertThat(blackWs.next("error").get("error").asText()).isEqualTo("illegal move");

            blackWs.send(Map.of("type", "make_move", "payload", Map.of("row", 2, "column", 3)));
            JsonNode move = whiteWs.next("move_made").get("payload");
            assertThat(blackWs.next("move_made").get("payload")).isEqualTo(move);
            assertThat(move.get("row").asInt()).isEqualTo(2);
            assertThat(move.get("column").asInt()).isEqualTo(3);
            assertThat(move.get("player_id").asLong()).isEqualTo(black.userId());
            assertThat(move.get("state").get("board").get(3).asText()).isEqualTo("...BB...");
            assertThat(move.get("state").get("black_count").asInt()).isEqualTo(4);
            assertThat(move.get("state").get("current_player_id").asLong()).isEqualTo(white.userId());

            whiteWs.send(Map.of("type", "chat", "payload", Map.of("content", "good move")));
            JsonNode chat = blackWs.next("chat");
            assertThat(chat.get("user_id").asLong()).isEqualTo(white.userId());
            assertThat(chat.get("payload").get("content").asText()).isEqualTo("good move");

            try (WsClient thirdWs = WsClient.connect(gameUrl(third, roomId))) {
                thirdWs.send(Map.of("type", "join_room", "payload", Map.of()));
                assertThat(thirdWs.next("error").get("error").asText()).isEqualTo("room full");
            }
            whiteWs.send(Map.of("type", "make_move", "payload", Map.of("row", 9, "column", 1)));
            assertThat(whiteWs.next("error").get("error").asText()).contains("row");
        }
        assertThat(MetricsText.value(
                        api.get("/metrics", null).body(), "sanctum_message_throughput_total{channel=\"game\"}"))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void unknownRoomIsRefusedBeforeUpgrade() {
        Session user = api.signup();
        assertThat(WsClient.handshakeStatus(gameUrl(user, 999_999))).isEqualTo(404);
    }

    private String gameUrl(Session session, long roomId) {
        return app.baseUrl().replace("http://", "ws://") + "/api/ws/game?room_id=" + roomId + "&ticket="
                + api.ticket(session);
    }
}
