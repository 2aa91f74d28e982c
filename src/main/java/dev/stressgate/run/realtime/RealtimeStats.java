package dev.stressgate.run.realtime;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
}
