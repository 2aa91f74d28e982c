package dev.stressgate.report.gatling;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * The one text form of a latency distribution in {@code summary.json}: HdrHistogram's own compressed encoding
 * ({@link Histogram#encodeIntoCompressedByteBuffer}), base64. A few hundred bytes per request name, and enough to
 * compare two runs' whole distributions rather than one percentile each.
 */
public final class LatencyHistogramCodec {

    private LatencyHistogramCodec() {}

    public static String encode(Histogram histogram) {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        byte[] bytes = new byte[length];
        buffer.flip();
        buffer.get(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * @throws IllegalArgumentException naming what is wrong when {@code encoded} is not base64 of a compressed
     *                                  HdrHistogram
     */
    public static Histogram decode(String encoded) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("latency_histogram: expected base64, got: " + e.getMessage(), e);
        }
        try {
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0);
        } catch (DataFormatException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "latency_histogram: expected HdrHistogram's compressed encoding, got " + bytes.length
                            + " bytes that do not decode: " + e.getMessage(),
                    e);
        }
    }
}
