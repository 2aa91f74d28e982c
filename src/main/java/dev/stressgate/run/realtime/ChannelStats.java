package dev.stressgate.run.realtime;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One WebSocket channel's connection measurements over a run.
 *
 * @param connects        successful connects; {@code connect} is their ticket + upgrade time
 * @param connectFailures connects whose ticket or upgrade failed
 * @param reconnects      connects made to replace a dropped socket (included in {@code connects}/failures)
 * @param drops           sockets lost by cause ({@link DropCause} ids)
 * @param held            how long each socket was held until closed or dropped, in milliseconds
 * @param fanOut          delivery to other users
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChannelStats(
        long connects,
        long connectFailures,
        long reconnects,
        LatencySummary connect,
        Map<String, Long> drops,
        LatencySummary held,
        FanOutStats fanOut) {

    public ChannelStats {
        drops = Collections.unmodifiableMap(new TreeMap<>(drops));
    }

    public long dropCount() {
        return drops.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Several injectors' figures of one channel as one: counts and drops summed, latencies merged exactly. */
    static ChannelStats merged(List<ChannelStats> injectors) {
        Map<String, Long> drops = new TreeMap<>();
        injectors.forEach(stats -> stats.drops().forEach((cause, n) -> drops.merge(cause, n, Long::sum)));
        return new ChannelStats(
                injectors.stream().mapToLong(ChannelStats::connects).sum(),
                injectors.stream().mapToLong(ChannelStats::connectFailures).sum(),
                injectors.stream().mapToLong(ChannelStats::reconnects).sum(),
                LatencySummary.merged(
                        injectors.stream().map(ChannelStats::connect).toList()),
                drops,
                LatencySummary.merged(injectors.stream().map(ChannelStats::held).toList()),
                FanOutStats.merged(injectors.stream().map(ChannelStats::fanOut).toList()));
    }
}
