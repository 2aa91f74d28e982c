package dev.stressgate.report.gatling;

import java.util.List;

/**
 * Receives the records of a {@code simulation.log} in file order, as {@link SimulationLogReader} decodes them.
 * Timestamps are absolute epoch milliseconds (run start plus the stored offset).
 */
public interface SimulationLogListener {

    /** A virtual user started ({@code start == true}) or ended in the given scenario. */
    void onUser(String scenario, boolean start, long timestampMs);

    /**
     * A request (or a WebSocket/SSE check, which Gatling records the same way) finished.
     *
     * @param groupPath enclosing groups, outermost first; empty outside any group
     * @param message the KO message, empty when none
     */
    void onRequest(List<String> groupPath, String name, long startMs, long endMs, boolean ok, String message);

    /** A group execution ended; {@code cumulatedResponseTimeMs} sums the response times of its requests. */
    void onGroup(List<String> groupPath, long startMs, long endMs, int cumulatedResponseTimeMs, boolean ok);

    /** An error that is not a request response (crashed session code, request that could not be built). */
    void onError(String message, long timestampMs);
}
