package dev.stressgate.socialapp.faults;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.websocket.api.StatusCode;

/**
 * The fault-injection switches, as read from the faults file and {@code PUT /admin/faults}.
 * JSON (snake_case), every field optional, absent means off:
 * <pre>
 * {"latency": {"millis": 250, "routes": ["/api/posts"]},
 *  "errors": {"share": 0.2, "status": 500, "routes": ["/api/posts/{id}/like"], "from_s": 20, "until_s": 45},
 *  "slow_database": {"millis": 100, "operations": []},
 *  "websocket_drops": {"share": 0.5, "channels": ["chat"]},
 *  "websocket_closes": {"share": 0.1, "code": 1012, "channels": ["chat"]},
 *  "database_unavailable": false,
 *  "memory_leak": {"kib_per_request": 256},
 *  "cpu_burn": {"millis_per_request": 100},
 *  "rate_limit": {"requests": 30, "window_s": 60}}
 * </pre>
 * An empty {@code routes} list means every {@code /api} route; empty {@code operations} every database
 * operation; empty {@code channels} both chat and game. {@code from_s}/{@code until_s} limit the errors to a window
 * in seconds after the settings were applied (absent: from the start, never ending). The leak and the CPU burn apply
 * to every {@code /api} request; {@code websocket_closes} makes the server close a socket (with {@code code}, default
 * 1012 "service restart") instead of answering a share of its client frames; {@code rate_limit} replaces the configured per-user limit while it is set.
 */
public record FaultSettings(
        RouteLatency latency,
        RouteErrors errors,
        SlowDatabase slowDatabase,
        WebsocketDrops websocketDrops,
        Boolean databaseUnavailable,
        MemoryLeak memoryLeak,
        CpuBurn cpuBurn,
        RateLimit rateLimit,
        WebsocketCloses websocketCloses) {

    public FaultSettings {
        websocketCloses = websocketCloses == null ? new WebsocketCloses(0.0, null, List.of()) : websocketCloses;
        memoryLeak = memoryLeak == null ? new MemoryLeak(0) : memoryLeak;
        cpuBurn = cpuBurn == null ? new CpuBurn(0) : cpuBurn;
        databaseUnavailable = Boolean.TRUE.equals(databaseUnavailable);
        latency = latency == null ? new RouteLatency(0L, List.of()) : latency;
        errors = errors == null ? new RouteErrors(0.0, 500, List.of(), null, null) : errors;
        slowDatabase = slowDatabase == null ? new SlowDatabase(0L, List.of()) : slowDatabase;
        websocketDrops = websocketDrops == null ? new WebsocketDrops(0.0, List.of()) : websocketDrops;
    }

    /** The faults without server-side socket closes. */
    public FaultSettings(
            RouteLatency latency,
            RouteErrors errors,
            SlowDatabase slowDatabase,
            WebsocketDrops websocketDrops,
            Boolean databaseUnavailable,
            MemoryLeak memoryLeak,
            CpuBurn cpuBurn,
            RateLimit rateLimit) {
        this(latency, errors, slowDatabase, websocketDrops, databaseUnavailable, memoryLeak, cpuBurn, rateLimit, null);
    }

    /** The original five faults, without leak, CPU burn or run-time rate limit. */
    public FaultSettings(
            RouteLatency latency,
            RouteErrors errors,
            SlowDatabase slowDatabase,
            WebsocketDrops websocketDrops,
            Boolean databaseUnavailable) {
        this(latency, errors, slowDatabase, websocketDrops, databaseUnavailable, null, null, null, null);
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
        checkRange("errors.from_s", errors.fromS(), 0, 86_400, problems);
        checkRange("errors.until_s", errors.untilS(), 0, 86_400, problems);
        if (errors.untilS() > 0 && errors.untilS() <= errors.fromS()) {
            problems.add("errors.until_s: expected more than from_s (" + errors.fromS() + "), got " + errors.untilS());
        }
        checkMillis("slow_database.millis", slowDatabase.millis(), problems);
        checkRange("memory_leak.kib_per_request", memoryLeak.kibPerRequest(), 0, 65_536, problems);
        checkRange("cpu_burn.millis_per_request", cpuBurn.millisPerRequest(), 0, 10_000, problems);
        if (rateLimit != null) {
            checkRange("rate_limit.requests", rateLimit.requests(), 1, 1_000_000, problems);
            checkRange("rate_limit.window_s", rateLimit.windowS(), 1, 86_400, problems);
        }
        checkShare("websocket_drops.share", websocketDrops.share(), problems);
        for (String channel : websocketDrops.channels()) {
            if (!channel.equals("chat") && !channel.equals("game")) {
                problems.add("websocket_drops.channels: expected chat or game, got '" + channel + "'");
            }
        }
        checkShare("websocket_closes.share", websocketCloses.share(), problems);
        checkRange("websocket_closes.code", websocketCloses.code(), 1000, 4999, problems);
        for (String channel : websocketCloses.channels()) {
            if (!channel.equals("chat") && !channel.equals("game")) {
                problems.add("websocket_closes.channels: expected chat or game, got '" + channel + "'");
            }
        }
        return problems;
    }

    private static void checkMillis(String field, long millis, List<String> problems) {
        if (millis < 0 || millis > 60_000) {
            problems.add(field + ": expected 0-60000, got " + millis);
        }
    }

    private static void checkRange(String field, long value, long min, long max, List<String> problems) {
        if (value < min || value > max) {
            problems.add(field + ": expected " + min + "-" + max + ", got " + value);
        }
    }

    private static void checkShare(String field, double share, List<String> problems) {
        if (!(share >= 0 && share <= 1)) {
            problems.add(field + ": expected a share between 0.0 and 1.0, got " + share);
        }
    }

    /** Added latency before the handler of the chosen routes runs. */
    public record RouteLatency(Long millis, List<String> routes) {
        public RouteLatency {
            millis = millis == null ? 0L : millis;
            routes = routes == null ? List.of() : List.copyOf(routes);
        }
    }

    /**
     * A share of requests to the chosen routes answered with {@code status} instead of being handled, from
     * {@code fromS} until {@code untilS} seconds after the settings were applied ({@code untilS} 0: no end).
     */
    public record RouteErrors(Double share, Integer status, List<String> routes, Integer fromS, Integer untilS) {
        public RouteErrors {
            routes = routes == null ? List.of() : List.copyOf(routes);
            share = share == null ? 0.0 : share;
            status = status == null ? 500 : status;
            fromS = fromS == null ? 0 : fromS;
            untilS = untilS == null ? 0 : untilS;
        }

        public RouteErrors(Double share, Integer status, List<String> routes) {
            this(share, status, routes, null, null);
        }
    }

    /** Memory retained for good on every {@code /api} request (0 = none). */
    public record MemoryLeak(Integer kibPerRequest) {
        public MemoryLeak {
            kibPerRequest = kibPerRequest == null ? 0 : kibPerRequest;
        }
    }

    /** CPU time burnt on the request's thread before every {@code /api} request is handled (0 = none). */
    public record CpuBurn(Integer millisPerRequest) {
        public CpuBurn {
            millisPerRequest = millisPerRequest == null ? 0 : millisPerRequest;
        }
    }

    /** A per-user limit of {@code requests} per {@code windowS} seconds that replaces the configured one while set. */
    public record RateLimit(Integer requests, Integer windowS) {
        public RateLimit {
            requests = requests == null ? 0 : requests;
            windowS = windowS == null ? 60 : windowS;
        }
    }

    /** Extra time spent inside each chosen database operation (inside the measured query time). */
    public record SlowDatabase(Long millis, List<String> operations) {
        public SlowDatabase {
            millis = millis == null ? 0L : millis;
            operations = operations == null ? List.of() : List.copyOf(operations);
        }
    }

    /** A share of outbound WebSocket frames dropped as if the consumer's queue were full. */
    public record WebsocketDrops(Double share, List<String> channels) {
        public WebsocketDrops {
            share = share == null ? 0.0 : share;
            channels = channels == null ? List.of() : List.copyOf(channels);
        }
    }

    /** A share of inbound client frames on which the server closes the socket with {@code code} instead. */
    public record WebsocketCloses(Double share, Integer code, List<String> channels) {
        public WebsocketCloses {
            share = share == null ? 0.0 : share;
            code = code == null ? StatusCode.SERVICE_RESTART : code;
            channels = channels == null ? List.of() : List.copyOf(channels);
        }
    }
}
