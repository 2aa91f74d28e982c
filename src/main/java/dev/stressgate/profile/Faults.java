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
        @JsonProperty("database_unavailable") boolean databaseUnavailable) {

    /** Extra milliseconds before the chosen route templates (e.g. {@code /api/posts/{id}}) are handled. */
    public record Latency(@JsonProperty("millis") long millis, @JsonProperty("routes") List<String> routes) {
        public Latency {
            routes = List.copyOf(routes);
        }
    }

    /** A share (0.0-1.0) of requests to the chosen routes answered with a 5xx {@code status}. */
    public record Errors(@JsonProperty("share") double share, @JsonProperty("status") int status,
            @JsonProperty("routes") List<String> routes) {
        public Errors {
            routes = List.copyOf(routes);
        }
    }

    /** Extra milliseconds inside each chosen database operation. */
    public record SlowDatabase(@JsonProperty("millis") long millis,
            @JsonProperty("operations") List<String> operations) {
        public SlowDatabase {
            operations = List.copyOf(operations);
        }
    }

    /** A share (0.0-1.0) of outbound WebSocket frames dropped on the chosen channels ({@code chat}, {@code game}). */
    public record WebsocketDrops(@JsonProperty("share") double share,
            @JsonProperty("channels") List<String> channels) {
        public WebsocketDrops {
            channels = List.copyOf(channels);
        }
    }
}
