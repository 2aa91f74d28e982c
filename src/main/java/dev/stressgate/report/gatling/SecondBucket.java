package dev.stressgate.report.gatling;

/**
 * One second of the run, counted from {@link RunSummary#startEpochMs()}.
 *
 * @param second 0-based second index since run start
 * @param epochMs start of this second
 * @param requests requests sent (started) during the second
 * @param responses responses received (ended) during the second
 * @param errors KO responses received during the second
 * @param activeUsers users alive at the start of the second plus users started during it
 * @param p95Ms 95th percentile of the response times of this second's responses; null when there were none
 */
public record SecondBucket(
        long second, long epochMs, long requests, long responses, long errors, long activeUsers, Long p95Ms) {}
