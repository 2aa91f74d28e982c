package dev.stressgate.socialapp.games;

import java.util.Map;

/** Server frames of the game WebSocket. */
final class GameFrames {

    private GameFrames() {}

    record Event(String type, Object payload) {}

    record Chat(String type, long userId, Map<String, String> payload) {
        Chat(long userId, String content) {
            this("chat", userId, Map.of("content", content));
        }
    }
}
