package dev.stressgate.report.gatling;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.HdrHistogram.IntCountsHistogram;

/**
 * Per-second counters from a fixed origin (the earliest run start), with a 2-significant-digit histogram of each
 * second's response times for its p95 ({@link RankPercentile}). Records reach a second in roughly time order, so
 * only the {@value #OPEN_SECONDS} most recently opened seconds keep a live histogram; older ones are packed into
 * HdrHistogram's compact encoding (tens to hundreds of bytes instead of kilobytes) and unpacked again if a late
 * record, or the next injector's log, reaches them. Memory grows with the number of run seconds only.
 */
final class SecondSeries {

    private static final int SIGNIFICANT_DIGITS = 2;
    static final int OPEN_SECONDS = 120;

    private static final class Second {
        long requests;
        long responses;
        long errors;
        long userStarts;
        long userEnds;
        IntCountsHistogram responseTimes;
        byte[] packedResponseTimes;
    }

    private final long originMs;
    private final List<Second> seconds = new ArrayList<>();
    private final Deque<Second> open = new ArrayDeque<>();
    private ByteBuffer packBuffer = ByteBuffer.allocate(0);

    SecondSeries(long originMs) {
        this.originMs = originMs;
    }

    void requestSent(long epochMs) {
        at(epochMs).requests++;
    }

    void responseReceived(long epochMs, long responseTimeMs, boolean ok) {
        Second second = at(epochMs);
        second.responses++;
        if (!ok) {
            second.errors++;
        }
        liveResponseTimes(second).recordValue(responseTimeMs);
    }

    void userStarted(long epochMs) {
        at(epochMs).userStarts++;
    }

    void userEnded(long epochMs) {
        at(epochMs).userEnds++;
    }

    /** Buckets for seconds 0 .. the second containing {@code endEpochMs}. */
    List<SecondBucket> toBuckets(long endEpochMs) {
        int count = Math.max(index(endEpochMs) + 1, seconds.size());
        List<SecondBucket> buckets = new ArrayList<>(count);
        long alive = 0;
        for (int i = 0; i < count; i++) {
            Second second = i < seconds.size() ? seconds.get(i) : new Second();
            buckets.add(new SecondBucket(
                    i,
                    originMs + i * 1000L,
                    second.requests,
                    second.responses,
                    second.errors,
                    alive + second.userStarts,
                    p95(second)));
            alive += second.userStarts - second.userEnds;
        }
        return buckets;
    }

    private static Long p95(Second second) {
        if (second.responseTimes != null) {
            return RankPercentile.of(second.responseTimes, 95);
        }
        if (second.packedResponseTimes != null) {
            return RankPercentile.of(unpack(second.packedResponseTimes), 95);
        }
        return null;
    }

    private IntCountsHistogram liveResponseTimes(Second second) {
        if (second.responseTimes == null) {
            second.responseTimes = new IntCountsHistogram(SIGNIFICANT_DIGITS);
            if (second.packedResponseTimes != null) {
                second.responseTimes.add(unpack(second.packedResponseTimes));
                second.packedResponseTimes = null;
            }
            open.addLast(second);
            if (open.size() > OPEN_SECONDS) {
                pack(open.removeFirst());
            }
        }
        return second.responseTimes;
    }

    private void pack(Second second) {
        int needed = second.responseTimes.getNeededByteBufferCapacity();
        if (packBuffer.capacity() < needed) {
            packBuffer = ByteBuffer.allocate(needed);
        }
        packBuffer.clear();
        int size = second.responseTimes.encodeIntoByteBuffer(packBuffer);
        second.packedResponseTimes = Arrays.copyOf(packBuffer.array(), size);
        second.responseTimes = null;
    }

    private static IntCountsHistogram unpack(byte[] packed) {
        return IntCountsHistogram.decodeFromByteBuffer(ByteBuffer.wrap(packed), 0);
    }

    private Second at(long epochMs) {
        int index = index(epochMs);
        while (seconds.size() <= index) {
            seconds.add(new Second());
        }
        return seconds.get(index);
    }

    /** Records stamped before the origin (clock skew between injectors) count in second 0. */
    private int index(long epochMs) {
        return (int) Math.max(0, (epochMs - originMs) / 1000);
    }
}
