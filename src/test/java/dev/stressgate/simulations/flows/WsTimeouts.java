package dev.stressgate.simulations.flows;

import java.time.Duration;

/** How long the WebSocket flows wait for a frame the server owes them (an answer, a delivery, a receipt). */
final class WsTimeouts {
    static final Duration FRAME = Duration.ofSeconds(10);

    private WsTimeouts() {}
}
