package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.profile.SloMetric;
import dev.stressgate.run.realtime.DropCause;
import dev.stressgate.run.realtime.RealtimeRecorder;
import dev.stressgate.run.realtime.RealtimeStats;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RealtimeSloMetricsTest {
    private static final Instant START = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void measuresTheFourRealtimeMetricsOverBothChannels() {
        RealtimeRecorder recorder =
                new RealtimeRecorder("session", Clock.fixed(START, ZoneOffset.UTC), Duration.ofSeconds(1));
        for (int i = 1; i <= 19; i++) {
            recorder.connected("chat", 100, false);
        }
        recorder.connected("game", 900, false);
        long sent = START.toEpochMilli();
        for (int i = 0; i < 9; i++) {
            recorder.expectDelivery("chat", "m" + i, 1, 2, sent);
            recorder.delivered("chat", "m" + i, 2, sent + 30);
        }
        recorder.expectDelivery("game", "g", 1, 3, sent);
        recorder.lostFor(3, "game");
        recorder.dropped("chat", DropCause.TIMEOUT, 1_000);
        recorder.dropped("game", DropCause.SERVER_CLOSE, 1_000);
        RealtimeStats stats = recorder.finish();
        RealtimeStats twoMinutes = new RealtimeStats(
                stats.schemaVersion(),
                stats.connectionMode(),
                stats.startEpochMs(),
                stats.startEpochMs() + 120_000,
                stats.sampleIntervalMs(),
                stats.channels(),
                stats.sockets(),
                stats.heapPeakBytes(),
                stats.cpuSeconds());

        assertThat(value("ws_connect_p95_ms", twoMinutes))
                .as("19 of 20 connects took 100 ms")
                .isEqualTo(100);
        assertThat(value("ws_fanout_p95_ms", twoMinutes)).isEqualTo(30);
        assertThat(value("ws_lost_messages_pct", twoMinutes))
                .as("1 lost of 10 resolved")
                .isEqualTo(10.0);
        assertThat(value("ws_drops_per_min", twoMinutes)).as("2 drops in 2 min").isEqualTo(1.0);
    }

    @Test
    void withoutRealtimeJsonOrWithoutEventsItIsNoDataWithTheReason() {
        Measurement none = RealtimeSloMetrics.measure(SloMetric.WS_FANOUT_P95_MS, Optional.empty());
        assertThat(none.value()).isNull();
        assertThat(none.note()).contains("no realtime.json");

        RealtimeStats quiet =
                new RealtimeRecorder("per_action", Clock.fixed(START, ZoneOffset.UTC), Duration.ofSeconds(1)).finish();
        Measurement noDeliveries = RealtimeSloMetrics.measure(SloMetric.WS_LOST_MESSAGES_PCT, Optional.of(quiet));
        assertThat(noDeliveries.value()).isNull();
        assertThat(noDeliveries.note()).contains("no delivery");
    }

    private static double value(String metric, RealtimeStats stats) {
        return RealtimeSloMetrics.measure(SloMetric.byId(metric).orElseThrow(), Optional.of(stats))
                .value();
    }
}
