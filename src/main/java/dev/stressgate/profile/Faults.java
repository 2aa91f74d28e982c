package dev.stressgate.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Faults a chaos profile asks the target to inject for the duration of the run. The shape is the reference app's
 * fault admin JSON ({@code PUT /admin/faults}), so the run can send it unchanged. Every part is optional; an empty
 * route/operation/channel list means "all".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Faults(
        @JsonProperty("latency") Latency latency,
        @JsonProperty("errors") Errors errors,
        @JsonProperty("slow_database") SlowDatabase slowDatabase,
        @JsonProperty("websocket_drops") WebsocketDrops websocketDrops,
        @JsonProperty("database_unavailable") boolean databaseUnavailable,
        @JsonProperty("memory_leak") MemoryLeak memoryLeak,
        @JsonProperty("cpu_burn") CpuBurn cpuBurn,
        @JsonProperty("rate_limit") RateLimit rateLimit) {

    /** The faults of the original five parts only (no leak, CPU burn or run-time rate limit). */
    public Faults(
            Latency latency,
            Errors errors,
            SlowDatabase slowDatabase,
            WebsocketDrops websocketDrops,
            boolean databaseUnavailable) {
        this(latency, errors, slowDatabase, websocketDrops, databaseUnavailable, null, null, null);
    }

    /** Extra milliseconds before the chosen route templates (e.g. {@code /api/posts/{id}}) are handled. */
    public record Latency(
            @JsonProperty("millis") long millis,
            @JsonProperty("routes") List<String> routes) {
        public Latency {
            routes = List.copyOf(routes);
        }
    }

    /**
     * A share (0.0-1.0) of requests to the chosen routes answered with a 5xx {@code status}; only from {@code fromS}
     * until {@code untilS} seconds after the faults were switched on when those are given (a burst that ends).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Errors(
            @JsonProperty("share") double share,
            @JsonProperty("status") int status,
            @JsonProperty("routes") List<String> routes,
            @JsonProperty("from_s") Integer fromS,
            @JsonProperty("until_s") Integer untilS) {
        public Errors {
            routes = List.copyOf(routes);
        }

        public Errors(double share, int status, List<String> routes) {
            this(share, status, routes, null, null);
        }
    }

    /** Extra milliseconds inside each chosen database operation. */
    public record SlowDatabase(
            @JsonProperty("millis") long millis,
            @JsonProperty("operations") List<String> operations) {
        public SlowDatabase {
            operations = List.copyOf(operations);
        }
    }

    /** A share (0.0-1.0) of outbound WebSocket frames dropped on the chosen channels ({@code chat}, {@code game}). */
    public record WebsocketDrops(
            @JsonProperty("share") double share,
            @JsonProperty("channels") List<String> channels) {
        public WebsocketDrops {
            channels = List.copyOf(channels);
        }
    }

    /** Memory the target retains for good on every {@code /api} request: a leak. */
    public record MemoryLeak(
            @JsonProperty("kib_per_request") int kibPerRequest) {}

    /** CPU time the target burns on every {@code /api} request before handling it. */
    public record CpuBurn(
            @JsonProperty("millis_per_request") int millisPerRequest) {}

    /** A per-user rate limit switched on at run time: {@code requests} per {@code windowS} seconds, then 429. */
    public record RateLimit(
            @JsonProperty("requests") int requests,
            @JsonProperty("window_s") int windowS) {}
}
