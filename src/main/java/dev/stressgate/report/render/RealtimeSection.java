package dev.stressgate.report.render;

import dev.stressgate.report.render.view.ChartPoint;
import dev.stressgate.report.render.view.ChartSeries;
import dev.stressgate.report.render.view.ChartView;
import dev.stressgate.report.render.view.LatencyRow;
import dev.stressgate.report.render.view.RealtimeRow;
import dev.stressgate.run.realtime.ChannelStats;
import dev.stressgate.run.realtime.DropCause;
import dev.stressgate.run.realtime.LatencySummary;
import dev.stressgate.run.realtime.RealtimeStats;
import dev.stressgate.run.realtime.SocketSample;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The report's view of realtime.json: per channel a connect and a fan-out latency row (beside Gatling's WebSocket
 * checks), a table of connects, drops by cause, reconnects and deliveries, and the sockets held over time as a chart.
 */
final class RealtimeSection {
    private static final double MS_PER_S = 1000.0;

    private RealtimeSection() {}

    static List<LatencyRow> latencyRows(RealtimeStats stats) {
        List<LatencyRow> rows = new ArrayList<>();
        stats.channels().forEach((name, channel) -> {
            rows.add(row(name + ": connect (ticket + upgrade)", channel.connect()));
            rows.add(row(
                    name + ": fan-out delivery (send → other user's socket)",
                    channel.fanOut().latency()));
        });
        return rows;
    }

    static List<RealtimeRow> rows(RealtimeStats stats) {
        List<RealtimeRow> rows = new ArrayList<>();
        stats.channels().forEach((name, c) -> rows.add(row(name, c)));
        return rows;
    }

    static ChartView socketsChart(RealtimeStats stats, long runStartEpochMs) {
        TreeSet<String> channels = new TreeSet<>(stats.channels().keySet());
        stats.sockets().forEach(sample -> channels.addAll(sample.open().keySet()));
        List<ChartSeries> series = new ArrayList<>();
        for (String channel : channels) {
            List<ChartPoint> points = new ArrayList<>();
            for (SocketSample sample : stats.sockets()) {
                points.add(new ChartPoint(
                        Math.max(0, sample.epochMs() - runStartEpochMs) / MS_PER_S,
                        sample.open().getOrDefault(channel, 0L)));
            }
            series.add(new ChartSeries(channel + " sockets held", "y", points));
        }
        return new ChartView(
                "realtime-sockets",
                "WebSocket sockets held by the injector",
                "open sockets",
                null,
                series,
                "no socket samples in realtime.json");
    }

    private static RealtimeRow row(String name, ChannelStats c) {
        Map<String, Long> drops = c.drops();
        return new RealtimeRow(
                name,
                c.connects(),
                c.connectFailures(),
                c.reconnects(),
                c.dropCount(),
                drops.getOrDefault(DropCause.SERVER_CLOSE.id(), 0L),
                drops.getOrDefault(DropCause.TIMEOUT.id(), 0L),
                drops.getOrDefault(DropCause.ERROR.id(), 0L),
                c.fanOut().delivered(),
                c.fanOut().lost(),
                c.fanOut().lostWithSocket(),
                c.fanOut().unresolved(),
                c.fanOut().offline(),
                c.fanOut().lostPct(),
                c.held().p50Ms() / MS_PER_S,
                c.held().maxMs() / MS_PER_S);
    }

    private static LatencyRow row(String name, LatencySummary latency) {
        return new LatencyRow(
                name, latency.count(), latency.p50Ms(), latency.p95Ms(), latency.p99Ms(), latency.maxMs());
    }
}
