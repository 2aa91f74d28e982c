package dev.stressgate.report.render.view;

/**
 * One WebSocket channel's connection and fan-out figures from the injector's realtime.json.
 *
 * @param drops        held sockets lost: server closes, timeouts and errors together
 * @param lostPct      lost of the resolved (delivered + lost) deliveries to other users, percent
 * @param heldP50S     median time a socket was held until closed or dropped, seconds
 */
public record RealtimeRow(
        String channel,
        long connects,
        long connectFailures,
        long reconnects,
        long drops,
        long serverCloses,
        long timeouts,
        long errors,
        long delivered,
        long lost,
        long lostWithSocket,
        long unresolved,
        long offline,
        double lostPct,
        double heldP50S,
        double heldMaxS) {}
