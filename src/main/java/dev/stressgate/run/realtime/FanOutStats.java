package dev.stressgate.run.realtime;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Delivery of one channel's messages to the other users who held a socket joined to the conversation or room when
 * the message was sent.
 *
 * @param expected   deliveries awaited (one per message and connected recipient)
 * @param delivered  deliveries seen on the recipient's socket; their send-to-delivery latency is {@code latency}
 * @param lost       deliveries that did not arrive within the loss timeout, before the recipient closed its socket
 *                   (after a grace second), or before its socket dropped
 * @param lostWithSocket the part of {@code lost} awaited on a socket that then dropped (the rest went missing while
 *                   the recipient's socket stayed up)
 * @param unresolved deliveries still awaited when the run ended or the recipient left right after the send
 * @param offline    messages sent while no other participant held a socket (nothing to await)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FanOutStats(
        long expected,
        long delivered,
        long lost,
        long lostWithSocket,
        long unresolved,
        long offline,
        LatencySummary latency) {

    /** Lost deliveries as a percentage of the resolved ones (delivered + lost); 0 when none resolved. */
    public double lostPct() {
        long resolved = delivered + lost;
        return resolved == 0 ? 0 : 100.0 * lost / resolved;
    }

    /** Several injectors' deliveries of one channel as one: counts summed, latencies merged exactly. */
    static FanOutStats merged(List<FanOutStats> injectors) {
        return new FanOutStats(
                injectors.stream().mapToLong(FanOutStats::expected).sum(),
                injectors.stream().mapToLong(FanOutStats::delivered).sum(),
                injectors.stream().mapToLong(FanOutStats::lost).sum(),
                injectors.stream().mapToLong(FanOutStats::lostWithSocket).sum(),
                injectors.stream().mapToLong(FanOutStats::unresolved).sum(),
                injectors.stream().mapToLong(FanOutStats::offline).sum(),
                LatencySummary.merged(
                        injectors.stream().map(FanOutStats::latency).toList()));
    }
}
