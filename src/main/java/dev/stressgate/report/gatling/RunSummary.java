package dev.stressgate.report.gatling;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.stressgate.run.realtime.RealtimeStats;
import java.util.List;

/**
 * Normalized client-side statistics of one run (possibly several injectors), written as {@code summary.json}.
 *
 * @param startEpochMs earliest run start among the injectors
 * @param endEpochMs latest timestamp of any record (user end, response end, group end, error)
 * @param durationSeconds {@code (endEpochMs - startEpochMs) / 1000.0}; the denominator of every mean rps
 * @param websocketRule the rule that set {@link RequestStats#websocket()}, in words
 * @param requestErrorSeconds per request with KOs, the seconds that hold them; null in a summary written before
 *     they were recorded (per-endpoint client bursts cannot be judged then)
 * @param realtime the injector's realtime measurements from the run's realtime.json (connects, drops, fan-out,
 *     sockets held); null when the run wrote none
 */
public record RunSummary(
        int schemaVersion,
        List<InjectorLog> injectors,
        String simulation,
        long startEpochMs,
        long endEpochMs,
        double durationSeconds,
        ResponseStats global,
        List<RequestStats> requests,
        List<GroupStats> groups,
        List<SecondBucket> seconds,
        List<ErrorCount> errors,
        String websocketRule,
        List<RequestErrorSeconds> requestErrorSeconds,
        RealtimeStats realtime) {

    public static final int SCHEMA_VERSION = 1;

    @JsonCreator
    public RunSummary {
        injectors = List.copyOf(injectors);
        requests = List.copyOf(requests);
        groups = List.copyOf(groups);
        seconds = List.copyOf(seconds);
        errors = List.copyOf(errors);
        requestErrorSeconds = requestErrorSeconds == null ? null : List.copyOf(requestErrorSeconds);
    }

    /** A summary without the injector's realtime measurements (a run without realtime.json). */
    public RunSummary(
            int schemaVersion,
            List<InjectorLog> injectors,
            String simulation,
            long startEpochMs,
            long endEpochMs,
            double durationSeconds,
            ResponseStats global,
            List<RequestStats> requests,
            List<GroupStats> groups,
            List<SecondBucket> seconds,
            List<ErrorCount> errors,
            String websocketRule,
            List<RequestErrorSeconds> requestErrorSeconds) {
        this(
                schemaVersion,
                injectors,
                simulation,
                startEpochMs,
                endEpochMs,
                durationSeconds,
                global,
                requests,
                groups,
                seconds,
                errors,
                websocketRule,
                requestErrorSeconds,
                null);
    }

    /** This summary with the injector's realtime measurements of the run (realtime.json), or null for none. */
    public RunSummary withRealtime(RealtimeStats stats) {
        return new RunSummary(
                schemaVersion,
                injectors,
                simulation,
                startEpochMs,
                endEpochMs,
                durationSeconds,
                global,
                requests,
                groups,
                seconds,
                errors,
                websocketRule,
                requestErrorSeconds,
                stats);
    }

    /** A summary without per-request error seconds, as written before they were recorded. */
    public RunSummary(
            int schemaVersion,
            List<InjectorLog> injectors,
            String simulation,
            long startEpochMs,
            long endEpochMs,
            double durationSeconds,
            ResponseStats global,
            List<RequestStats> requests,
            List<GroupStats> groups,
            List<SecondBucket> seconds,
            List<ErrorCount> errors,
            String websocketRule) {
        this(
                schemaVersion,
                injectors,
                simulation,
                startEpochMs,
                endEpochMs,
                durationSeconds,
                global,
                requests,
                groups,
                seconds,
                errors,
                websocketRule,
                null);
    }

    /** The "WebSocket check latencies" of the report: requests tagged as belonging to WebSocket flows. */
    @JsonIgnore
    public List<RequestStats> websocketRequests() {
        return requests.stream().filter(RequestStats::websocket).toList();
    }
}
