package dev.stressgate.report.gatling;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.IntCountsHistogram;

/**
 * Per-second counters from a fixed origin (the earliest run start). Grows with the number of run seconds only;
 * each second keeps a small 2-significant-digit histogram of its response times for the p95
 * ({@link RankPercentile}).
 */
final class SecondSeries {

  private static final int SIGNIFICANT_DIGITS = 2;

  private static final class Second {
    long requests;
    long responses;
    long errors;
    long userStarts;
    long userEnds;
    IntCountsHistogram responseTimes;
  }

  private final long originMs;
  private final List<Second> seconds = new ArrayList<>();

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
    if (second.responseTimes == null) {
      second.responseTimes = new IntCountsHistogram(SIGNIFICANT_DIGITS);
    }
    second.responseTimes.recordValue(responseTimeMs);
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
      Long p95 = second.responseTimes == null ? null : RankPercentile.of(second.responseTimes, 95);
      buckets.add(new SecondBucket(i, originMs + i * 1000L, second.requests, second.responses, second.errors,
          alive + second.userStarts, p95));
      alive += second.userStarts - second.userEnds;
    }
    return buckets;
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
