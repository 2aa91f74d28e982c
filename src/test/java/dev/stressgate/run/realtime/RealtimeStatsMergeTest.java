package dev.stressgate.run.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** Two injectors' realtime.json of one shared run, read as one. */
class RealtimeStatsMergeTest {
    private static final long T0 = 1_764_331_200_000L;

    private static LatencySummary latencies(long... values) {
        Histogram histogram = new Histogram(3);
        for (long value : values) {
            histogram.recordValue(value);
        }
        return LatencySummary.of(histogram);
    }

    private static RealtimeStats injector(
            long start, long connects, LatencySummary fanOut, long lost, List<SocketSample> sockets, long heapPeak) {
        ChannelStats chat = new ChannelStats(
                connects,
                1,
                2,
                latencies(10, 20),
                Map.of("timeout", 1L),
                latencies(60_000),
                new FanOutStats(fanOut.count() + lost, fanOut.count(), lost, 0, 0, 0, fanOut));
        return new RealtimeStats(
                RealtimeStats.SCHEMA_VERSION,
                "session",
                start,
                start + 60_000,
                1_000,
                Map.of("chat", chat),
                sockets,
                heapPeak,
                12.5);
    }

    @Test
    void countsAddUpLatenciesPoolAndSocketsAddPerInterval() {
        RealtimeStats a = injector(
                T0,
                5,
                latencies(1, 2, 3, 4, 100),
                1,
                List.of(
                        new SocketSample(T0, Map.of("chat", 3L), 100),
                        new SocketSample(T0 + 1_000, Map.of("chat", 4L), 110)),
                200);
        RealtimeStats b = injector(
                T0 + 400,
                7,
                latencies(5, 6, 7, 8, 9, 900),
                2,
                List.of(
                        new SocketSample(T0 + 400, Map.of("chat", 6L), 300),
                        new SocketSample(T0 + 1_400, Map.of("chat", 5L), 90)),
                300);

        RealtimeStats merged = RealtimeStats.merged(List.of(a, b));

        ChannelStats chat = merged.channel("chat").orElseThrow();
        assertThat(chat.connects()).isEqualTo(12);
        assertThat(chat.connectFailures()).isEqualTo(2);
        assertThat(chat.reconnects()).isEqualTo(4);
        assertThat(chat.drops()).containsExactly(Map.entry("timeout", 2L));
        assertThat(chat.connect().count()).isEqualTo(4);
        assertThat(chat.fanOut().delivered()).isEqualTo(11);
        assertThat(chat.fanOut().lost()).isEqualTo(3);
        Histogram pooled = new Histogram(3);
        for (long value : new long[] {1, 2, 3, 4, 100, 5, 6, 7, 8, 9, 900}) {
            pooled.recordValue(value);
        }
        assertThat(chat.fanOut().latency().count()).isEqualTo(11);
        assertThat(chat.fanOut().latency().p95Ms()).isEqualTo(pooled.getValueAtPercentile(95));
        assertThat(chat.fanOut().latency().maxMs()).isEqualTo(pooled.getMaxValue());
        assertThat(merged.sockets())
                .as("per one-second interval since the earliest start: 3 + 6, then 4 + 5")
                .extracting(SocketSample::epochMs, SocketSample::total)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(T0, 9L),
                        org.assertj.core.groups.Tuple.tuple(T0 + 1_000, 9L));
        assertThat(merged.peakSockets()).isEqualTo(9);
        assertThat(merged.startEpochMs()).isEqualTo(T0);
        assertThat(merged.endEpochMs()).isEqualTo(T0 + 60_400);
        assertThat(merged.heapPeakBytes()).as("the largest of one injector").isEqualTo(300);
        assertThat(merged.cpuSeconds()).isEqualTo(25.0);
        assertThat(RealtimeStats.merged(List.of(a))).isSameAs(a);
    }

    @Test
    void anInjectorsFinalSampleInTheSameIntervalAsItsLastReplacesItInsteadOfAddingToIt() {
        // Injector a's final sample (taken at its end, 300 ms after its last scheduled one) falls in the interval of
        // that one; the sockets it still held are counted once.
        RealtimeStats a = injector(
                T0,
                1,
                latencies(1),
                0,
                List.of(
                        new SocketSample(T0, Map.of("chat", 40L), 100),
                        new SocketSample(T0 + 1_000, Map.of("chat", 50L), 100),
                        new SocketSample(T0 + 1_300, Map.of("chat", 48L), 100)),
                100);
        RealtimeStats b =
                injector(T0, 1, latencies(1), 0, List.of(new SocketSample(T0 + 1_000, Map.of("chat", 30L), 100)), 100);

        RealtimeStats merged = RealtimeStats.merged(List.of(a, b));

        assertThat(merged.sockets())
                .extracting(SocketSample::epochMs, SocketSample::total)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(T0, 40L),
                        org.assertj.core.groups.Tuple.tuple(T0 + 1_000, 78L));
        assertThat(merged.peakSockets()).isEqualTo(78);
    }
}
