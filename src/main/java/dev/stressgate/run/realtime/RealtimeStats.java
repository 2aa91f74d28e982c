package dev.stressgate.run.realtime;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The injector's realtime measurements of one run ({@code realtime.json}): per channel connects, drops, reconnects,
 * hold times and fan-out delivery, the sockets held over time and the injector's own heap and CPU. Gatling's
 * simulation.log has no place for them, so the injector writes them beside it.
 *
 * @param connectionMode     the profile's {@code populations.realtime.connection}
 * @param channels           {@code chat} and {@code game}
 * @param sockets            one sample per {@code sampleIntervalMs}
 * @param heapPeakBytes      the injector JVM's largest heap in use among the samples
 * @param cpuSeconds         CPU time the injector process used from start to finish
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RealtimeStats(
        int schemaVersion,
        String connectionMode,
        long startEpochMs,
        long endEpochMs,
        long sampleIntervalMs,
        Map<String, ChannelStats> channels,
        List<SocketSample> sockets,
        long heapPeakBytes,
        double cpuSeconds) {

    public static final int SCHEMA_VERSION = 1;

    public RealtimeStats {
        channels = Collections.unmodifiableMap(new TreeMap<>(channels));
        sockets = List.copyOf(sockets);
    }

    public Optional<ChannelStats> channel(String name) {
        return Optional.ofNullable(channels.get(name));
    }

    public long peakSockets() {
        return sockets.stream().mapToLong(SocketSample::total).max().orElse(0);
    }

    public double durationMinutes() {
        return Math.max(0, endEpochMs - startEpochMs) / 60_000.0;
    }

    /**
     * The measurements of several injectors of one shared run as one: counts summed, latencies merged from their
     * HdrHistograms (exact), socket samples summed per sample interval since the earliest start (one sample, the last,
     * of each injector per interval), the heap peak the
     * largest of one injector (what sizing a pod needs), CPU seconds summed.
     */
    public static RealtimeStats merged(List<RealtimeStats> injectors) {
        if (injectors.isEmpty()) {
            throw new IllegalArgumentException("no realtime measurements to merge");
        }
        if (injectors.size() == 1) {
            return injectors.get(0);
        }
        long start =
                injectors.stream().mapToLong(RealtimeStats::startEpochMs).min().orElseThrow();
        long interval = Math.max(1, injectors.get(0).sampleIntervalMs());
        Map<String, List<ChannelStats>> byChannel = new TreeMap<>();
        Map<Long, SocketSample> samples = new TreeMap<>();
        for (RealtimeStats injector : injectors) {
            injector.channels()
                    .forEach((name, stats) -> byChannel
                            .computeIfAbsent(name, n -> new ArrayList<>())
                            .add(stats));
            // One sample per interval of each injector: its last (it also takes one at its end, less than an
            // interval after the one before), then the injectors' samples of an interval are added.
            Map<Long, SocketSample> own = new TreeMap<>();
            for (SocketSample sample : injector.sockets()) {
                long slot = start + (sample.epochMs() - start) / interval * interval;
                own.put(slot, new SocketSample(slot, sample.open(), sample.heapUsedBytes()));
            }
            own.forEach((slot, sample) -> samples.merge(slot, sample, RealtimeStats::sum));
        }
        Map<String, ChannelStats> channels = new TreeMap<>();
        byChannel.forEach((name, stats) -> channels.put(name, ChannelStats.merged(stats)));
        return new RealtimeStats(
                SCHEMA_VERSION,
                injectors.stream().map(RealtimeStats::connectionMode).distinct().collect(Collectors.joining(",")),
                start,
                injectors.stream().mapToLong(RealtimeStats::endEpochMs).max().orElseThrow(),
                interval,
                channels,
                new ArrayList<>(samples.values()),
                injectors.stream().mapToLong(RealtimeStats::heapPeakBytes).max().orElseThrow(),
                injectors.stream().mapToDouble(RealtimeStats::cpuSeconds).sum());
    }

    /** Two injectors' samples of one interval: sockets added per channel, the larger heap. */
    private static SocketSample sum(SocketSample a, SocketSample b) {
        Map<String, Long> open = new TreeMap<>(a.open());
        b.open().forEach((channel, count) -> open.merge(channel, count, Long::sum));
        return new SocketSample(a.epochMs(), open, Math.max(a.heapUsedBytes(), b.heapUsedBytes()));
    }
}
