package dev.stressgate.report.gatling;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.stressgate.run.realtime.RealtimeStats;
import java.util.List;
import java.util.Locale;

/**
 * Normalized client-side statistics of one run (possibly several injectors), written as {@code summary.json}.
 *
 * @param startEpochMs earliest run start among the injectors
 * @param endEpochMs latest timestamp of any record (user end, response end, group end, error)
 * @param durationSeconds {@code (endEpochMs - startEpochMs) / 1000.0}; the denominator of every mean rps
 * @param websocketRule the rule that set {@link GroupedRequestStats#websocket()}, in words
 * @param requestErrorSeconds per request with KOs, the seconds that hold them; null in a summary written before
 *     they were recorded (per-endpoint client bursts cannot be judged then)
 * @param injectorRuns per injector of a run shared by several ({@code injector-<index>/}), by index; null for a run
 *     of one injector
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
        List<GroupedRequestStats> requests,
        List<GroupStats> groups,
        List<SecondBucket> seconds,
        List<ErrorMessageCount> errors,
        String websocketRule,
        List<RequestErrorSeconds> requestErrorSeconds,
        List<InjectorRun> injectorRuns,
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
        injectorRuns = injectorRuns == null ? null : List.copyOf(injectorRuns);
    }

    /** The summary of a run shared by several injectors, with how each one went. */
    public RunSummary withInjectorRuns(List<InjectorRun> runs) {
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
                runs,
                realtime);
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
                injectorRuns,
                stats);
    }

    /**
     * What the client data source delivered, in words: requests and simulation.log files, and for a run shared by
     * several injectors those that did not deliver their part.
     */
    @JsonIgnore
    public String clientSourceDetail() {
        String detail = global.count() + " requests from " + injectors.size() + " simulation.log file(s)";
        if (injectorRuns == null) {
            return detail;
        }
        List<String> missing = injectorRuns.stream()
                .filter(injector -> !injector.healthy())
                .map(injector ->
                        injector.index() + " (" + injector.status().name().toLowerCase(Locale.ROOT) + ")")
                .toList();
        return missing.isEmpty()
                ? detail
                : detail + "; injector(s) " + String.join(", ", missing) + " of " + injectorRuns.size()
                        + " did not deliver their part: the figures lack their load";
    }

    /** The "WebSocket check latencies" of the report: requests tagged as belonging to WebSocket flows. */
    @JsonIgnore
    public List<GroupedRequestStats> websocketRequests() {
        return requests.stream().filter(GroupedRequestStats::websocket).toList();
    }
}
