package dev.stressgate.run.realtime;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * Percentiles of one latency histogram in milliseconds, with the histogram itself (HdrHistogram's compressed
 * encoding, base64) so that the figures of several injectors can be merged exactly.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LatencySummary(long count, long p50Ms, long p95Ms, long p99Ms, long maxMs, String histogram) {

    public static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0, null);

    public static LatencySummary of(Histogram histogram) {
        if (histogram.getTotalCount() == 0) {
            return EMPTY;
        }
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        return new LatencySummary(
                histogram.getTotalCount(),
                histogram.getValueAtPercentile(50),
                histogram.getValueAtPercentile(95),
                histogram.getValueAtPercentile(99),
                histogram.getMaxValue(),
                Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length)));
    }

    /** The summary of all the given histograms together (e.g. both channels, or several injectors). */
    public static LatencySummary merged(Collection<LatencySummary> summaries) {
        Histogram all = new Histogram(3);
        for (LatencySummary summary : summaries) {
            if (summary.count() > 0) {
                all.add(summary.decoded());
            }
        }
        return of(all);
    }

    private Histogram decoded() {
        if (histogram == null) {
            throw new IllegalArgumentException("latency summary of " + count + " values has no histogram");
        }
        try {
            return Histogram.decodeFromCompressedByteBuffer(
                    ByteBuffer.wrap(Base64.getDecoder().decode(histogram)), 0);
        } catch (DataFormatException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "histogram: not an HdrHistogram compressed encoding: " + e.getMessage(), e);
        }
    }
}
