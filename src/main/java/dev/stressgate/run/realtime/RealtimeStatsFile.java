package dev.stressgate.run.realtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.run.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Writes and reads {@code realtime.json} (see {@link RealtimeStats}); a broken file is refused with what is wrong. */
public final class RealtimeStatsFile {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    private RealtimeStatsFile() {}

    public static void write(Path file, RealtimeStats stats) {
        try {
            AtomicFile.write(
                    file, temp -> MAPPER.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), stats));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file's figures, or empty when the run wrote none (no realtime population, or a run before they existed). */
    public static Optional<RealtimeStats> readIfPresent(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        RealtimeStats stats;
        try {
            stats = MAPPER.readValue(file.toFile(), RealtimeStats.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not a valid realtime.json: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (stats.schemaVersion() != RealtimeStats.SCHEMA_VERSION) {
            throw new IllegalArgumentException(file + ": schema_version: expected " + RealtimeStats.SCHEMA_VERSION
                    + ", got " + stats.schemaVersion());
        }
        for (Map.Entry<String, ChannelStats> channel : stats.channels().entrySet()) {
            ChannelStats c = channel.getValue();
            String where = file + ": channels." + channel.getKey();
            if (c == null || c.connect() == null || c.held() == null || c.fanOut() == null || c.drops() == null) {
                throw new IllegalArgumentException(where + ": expected connects, connect, drops, held and fan_out");
            }
            if (c.connects() < 0
                    || c.connectFailures() < 0
                    || c.fanOut().delivered() < 0
                    || c.fanOut().lost() < 0) {
                throw new IllegalArgumentException(where + ": counts must be >= 0");
            }
        }
        return Optional.of(stats);
    }
}
