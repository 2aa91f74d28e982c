package dev.stressgate.run.realtime;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Sockets the injector held open at one moment, by channel, with the injector's heap in use then. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SocketSample(long epochMs, Map<String, Long> open, long heapUsedBytes) {
    public SocketSample {
        open = Collections.unmodifiableMap(new TreeMap<>(open));
    }

    public long total() {
        return open.values().stream().mapToLong(Long::longValue).sum();
    }
}
