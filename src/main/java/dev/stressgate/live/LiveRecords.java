package dev.stressgate.live;

import dev.stressgate.report.gatling.FlowTransports;
import dev.stressgate.report.gatling.SimulationLogListener;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the records followed from simulation.log into the client series ({@link ClientMetrics}) and the response
 * window the console and the abort conditions read. The group label is the group path joined with {@code " / "}.
 * The HTTP status of a failed response is taken from Gatling's status check message ({@code "... but actually
 * found 503"}); other responses have none, since simulation.log does not record it.
 */
final class LiveRecords implements SimulationLogListener {
    private static final Pattern FOUND_STATUS = Pattern.compile("\\bfound (\\d{3})\\b");
    private static final String CONNECT = "connect";
    private static final String CLOSE = "close";

    private final ClientMetrics metrics;
    private final ResponseWindow window = new ResponseWindow();
    private final FlowTransports webSockets;
    private final Map<String, Long> activeUsers = new HashMap<>();
    private final boolean countSockets;
    private long openWebSockets;

    /**
     * @param webSockets   which flows of the run's workload are WebSocket flows (open sockets are counted there)
     * @param countSockets whether to count open sockets from the connect and close records; false when the run
     *                     counts them where they open and close (a socket the server drops leaves no close record)
     */
    LiveRecords(ClientMetrics metrics, FlowTransports webSockets, boolean countSockets) {
        this.metrics = metrics;
        this.webSockets = webSockets;
        this.countSockets = countSockets;
    }

    ResponseWindow window() {
        return window;
    }

    long activeUsers() {
        return activeUsers.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public void onUser(String scenario, boolean start, long timestampMs) {
        long now = activeUsers.merge(scenario, start ? 1L : -1L, Long::sum);
        metrics.activeUsers.labelValues(scenario).set(now);
        if (start) {
            metrics.usersStarted.labelValues(scenario).inc();
        }
    }

    @Override
    public void onRequest(List<String> groupPath, String name, long startMs, long endMs, boolean ok, String message) {
        String group = String.join(" / ", groupPath);
        String status = ok ? "OK" : "KO";
        metrics.responses
                .labelValues(name, group, status, ok ? "" : httpStatus(message))
                .inc();
        long responseMs = endMs - startMs;
        metrics.responseTime.labelValues(name, group, status).observe(responseMs / 1000.0);
        window.add(endMs, responseMs, ok);
        if (countSockets && ok && webSockets.isWebSocket(groupPath, name)) {
            String action = name.substring(name.indexOf(':') + 1).strip();
            if (action.equals(CONNECT)) {
                metrics.openWebSockets.set(++openWebSockets);
            } else if (action.equals(CLOSE) && openWebSockets > 0) {
                metrics.openWebSockets.set(--openWebSockets);
            }
        }
    }

    @Override
    public void onGroup(List<String> groupPath, long startMs, long endMs, int cumulatedResponseTimeMs, boolean ok) {
        // group durations are not among the live series
    }

    @Override
    public void onError(String message, long timestampMs) {
        metrics.crashes.inc();
    }

    private static String httpStatus(String message) {
        Matcher matcher = FOUND_STATUS.matcher(message);
        return matcher.find() ? matcher.group(1) : "";
    }
}
