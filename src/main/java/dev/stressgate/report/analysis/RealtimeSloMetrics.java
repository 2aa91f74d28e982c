package dev.stressgate.report.analysis;

import dev.stressgate.profile.SloMetric;
import dev.stressgate.run.realtime.ChannelStats;
import dev.stressgate.run.realtime.LatencySummary;
import dev.stressgate.run.realtime.RealtimeStats;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The realtime SLO metrics, measured on the injector's realtime.json over all its channels (chat and game):
 * {@code ws_connect_p95_ms} (ticket + upgrade), {@code ws_fanout_p95_ms} (send → delivered on another user's socket),
 * {@code ws_lost_messages_pct} (lost of the resolved deliveries) and {@code ws_drops_per_min} (held sockets lost,
 * whatever the cause, per minute of the run). A run without realtime.json, or without the events measured, is
 * NO_DATA with the reason.
 */
final class RealtimeSloMetrics {

    private RealtimeSloMetrics() {}

    static Measurement measure(SloMetric metric, Optional<RealtimeStats> realtime) {
        if (realtime.isEmpty()) {
            return Measurement.noData("the run wrote no realtime.json (no realtime users, or an older injector)");
        }
        Collection<ChannelStats> channels = realtime.get().channels().values();
        return switch (metric) {
            case WS_CONNECT_P95_MS ->
                p95(
                        LatencySummary.merged(
                                channels.stream().map(ChannelStats::connect).toList()),
                        "connects (ticket + upgrade)");
            case WS_FANOUT_P95_MS ->
                p95(
                        LatencySummary.merged(
                                channels.stream().map(c -> c.fanOut().latency()).toList()),
                        "deliveries to another user's socket");
            case WS_LOST_MESSAGES_PCT -> lost(channels);
            case WS_DROPS_PER_MIN -> drops(channels, realtime.get().durationMinutes());
            default -> throw new IllegalArgumentException("not a realtime metric: " + metric.id());
        };
    }

    private static Measurement p95(LatencySummary latency, String what) {
        if (latency.count() == 0) {
            return Measurement.noData("no " + what + " measured");
        }
        return Measurement.of(latency.p95Ms(), "p95 of " + latency.count() + " " + what);
    }

    private static Measurement lost(Collection<ChannelStats> channels) {
        long lost = channels.stream().mapToLong(c -> c.fanOut().lost()).sum();
        long delivered =
                channels.stream().mapToLong(c -> c.fanOut().delivered()).sum();
        if (lost + delivered == 0) {
            return Measurement.noData("no delivery to another user's socket was awaited and resolved");
        }
        return Measurement.of(
                100.0 * lost / (lost + delivered), lost + " lost of " + (lost + delivered) + " resolved deliveries");
    }

    private static Measurement drops(Collection<ChannelStats> channels, double minutes) {
        if (minutes <= 0) {
            return Measurement.noData("realtime.json covers no time");
        }
        long drops = channels.stream().mapToLong(ChannelStats::dropCount).sum();
        return Measurement.of(
                drops / minutes, drops + " drops in " + String.format(Locale.ROOT, "%.1f", minutes) + " min");
    }
}
