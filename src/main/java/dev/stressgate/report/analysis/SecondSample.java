package dev.stressgate.report.analysis;

/**
 * One second of the client timeline.
 *
 * @param epochMs     start of the second
 * @param requests    requests sent in that second
 * @param responses   responses received in that second (OK and KO)
 * @param errors      KO responses in that second
 * @param activeUsers users active in that second
 * @param p95Ms       95th percentile response time of the responses of that second; NaN when there were none
 */
public record SecondSample(long epochMs, long requests, long responses, long errors, long activeUsers, double p95Ms) {

    public double errorRatePct() {
        return responses == 0 ? 0.0 : 100.0 * errors / responses;
    }
}
