package dev.stressgate.report.analysis;

/**
 * Client-side statistics of one request name, one group (flow) or the whole run, as measured by Gatling.
 * Times in milliseconds; {@code rps} is responses per second over the run.
 */
public record RequestStats(
        String name,
        long count,
        long ko,
        double meanMs,
        double p50Ms,
        double p75Ms,
        double p95Ms,
        double p99Ms,
        double maxMs,
        double rps) {

    public double errorRatePct() {
        return count == 0 ? 0.0 : 100.0 * ko / count;
    }

    /** Total time spent in this request over the run (mean times count), the base of "share of total time". */
    public double totalTimeMs() {
        return meanMs * count;
    }

    /** The flow a request belongs to by the naming contract {@code <flow>: <action>}; the name itself otherwise. */
    public String flow() {
        int colon = name.indexOf(": ");
        return colon < 0 ? name : name.substring(0, colon);
    }
}
