package dev.stressgate.socialapp.faults;

import java.util.ArrayList;
import java.util.List;

/**
 * The fault-injection switches, as read from the faults file and {@code PUT /admin/faults}.
 * JSON (snake_case), every field optional, absent means off:
 * <pre>
 * {"latency": {"millis": 250, "routes": ["/api/posts"]},
 *  "errors": {"share": 0.2, "status": 500, "routes": ["/api/posts/{id}/like"]},
 *  "slow_database": {"millis": 100, "operations": []},
 *  "websocket_drops": {"share": 0.5, "channels": ["chat"]},
 *  "database_unavailable": false}
 * </pre>
 * An empty {@code routes} list means every {@code /api} route; empty {@code operations} every database
 * operation; empty {@code channels} both chat and game.
 */
public record FaultSettings(
        RouteLatency latency,
        RouteErrors errors,
        SlowDatabase slowDatabase,
        WebsocketDrops websocketDrops,
        boolean databaseUnavailable) {

    public FaultSettings {
        latency = latency == null ? new RouteLatency(0, List.of()) : latency;
        errors = errors == null ? new RouteErrors(0, 500, List.of()) : errors;
        slowDatabase = slowDatabase == null ? new SlowDatabase(0, List.of()) : slowDatabase;
        websocketDrops = websocketDrops == null ? new WebsocketDrops(0, List.of()) : websocketDrops;
    }

    public static FaultSettings none() {
        return new FaultSettings(null, null, null, null, false);
    }

    /** Every problem with these settings, each naming the field and the accepted values; empty when valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        checkMillis("latency.millis", latency.millis(), problems);
        checkShare("errors.share", errors.share(), problems);
        if (errors.status() < 500 || errors.status() > 599) {
            problems.add("errors.status: expected 500-599, got " + errors.status());
        }
        checkMillis("slow_database.millis", slowDatabase.millis(), problems);
        checkShare("websocket_drops.share", websocketDrops.share(), problems);
        for (String channel : websocketDrops.channels()) {
            if (!channel.equals("chat") && !channel.equals("game")) {
                problems.add("websocket_drops.channels: expected chat or game, got '" + channel + "'");
            }
        }
        return problems;
    }

    private static void checkMillis(String field, long millis, List<String> problems) {
        if (millis < 0 || millis > 60_000) {
            problems.add(field + ": expected 0-60000, got " + millis);
        }
    }

    private static void checkShare(String field, double share, List<String> problems) {
        if (!(share >= 0 && share <= 1)) {
            problems.add(field + ": expected a share between 0.0 and 1.0, got " + share);
        }
    }

    /** Added latency before the handler of the chosen routes runs. */
    public record RouteLatency(long millis, List<String> routes) {
        public RouteLatency {
            routes = routes == null ? List.of() : List.copyOf(routes);
        }
    }

    /** A share of requests to the chosen routes answered with {@code status} instead of being handled. */
    public record RouteErrors(double share, int status, List<String> routes) {
        public RouteErrors {
            routes = routes == null ? List.of() : List.copyOf(routes);
            status = status == 0 ? 500 : status;
        }
    }

    /** Extra time spent inside each chosen database operation (inside the measured query time). */
    public record SlowDatabase(long millis, List<String> operations) {
        public SlowDatabase {
            operations = operations == null ? List.of() : List.copyOf(operations);
        }
    }

    /** A share of outbound WebSocket frames dropped as if the consumer's queue were full. */
    public record WebsocketDrops(double share, List<String> channels) {
        public WebsocketDrops {
            channels = channels == null ? List.of() : List.copyOf(channels);
        }
    }
}
