package dev.stressgate.report.gatling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebSocketNamingTest {

    private final WebSocketNaming naming = new WebSocketNaming();

    @Test
    void flowPrefixOfTheNameDecides() {
        assertThat(naming.isWebSocket(List.of(), "chat_ws: connect")).isTrue();
        assertThat(naming.isWebSocket(List.of("chat_ws"), "game_ws: move acknowledged"))
                .isTrue();
        assertThat(naming.isWebSocket(List.of("chat_ws"), "feed: list posts")).isFalse();
        assertThat(naming.isWebSocket(List.of(), "feed: list posts")).isFalse();
    }

    @Test
    void outermostGroupDecidesForNamesWithoutFlowPrefix() {
        assertThat(naming.isWebSocket(List.of("game_ws", "round"), "join")).isTrue();
        assertThat(naming.isWebSocket(List.of("dms", "game_ws"), "join")).isFalse();
        assertThat(naming.isWebSocket(List.of(), "home")).isFalse();
    }
}
