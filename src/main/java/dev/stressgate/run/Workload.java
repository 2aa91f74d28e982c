package dev.stressgate.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The workload a run executed, as {@code run.json} records it ({@code "workload": {"flows": [...]}}): each flow's
 * name (its Gatling group and the prefix of its request names, {@code <flow>: <action>}), the population that runs
 * it ({@code auth}, {@code social}, {@code realtime}), how it talks to the target, and the request whose response
 * time is a message's delivery, if it has one. The report reads this instead of
 * guessing from names; a run.json without it declares no flow ({@link #undeclared()}): every request counts as
 * HTTP and no delivery is measured.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Workload(@JsonProperty("flows") List<Flow> flows) {

    public Workload {
        flows = flows == null ? List.of() : List.copyOf(flows);
    }

    public static Workload undeclared() {
        return new Workload(List.of());
    }

    /** How a flow's requests reach the target. */
    public enum Transport {
        HTTP,
        WEBSOCKET;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static List<String> ids() {
            return Arrays.stream(values()).map(Transport::id).toList();
        }
    }

    /**
     * One flow of the workload; {@code population} is null when the workload does not say, {@code deliveryRequest}
     * when no request of it measures a delivery.
     */
    @JsonPropertyOrder({"name", "population", "transport", "delivery_request"})
    public record Flow(
            @JsonProperty("name") String name,
            @JsonProperty("population") String population,
            @JsonProperty("transport") Transport transport,
            @JsonProperty("delivery_request") String deliveryRequest) {

        /** A flow whose population is not recorded. */
        public Flow(String name, Transport transport, String deliveryRequest) {
            this(name, null, transport, deliveryRequest);
        }
    }

    public Optional<Flow> flow(String name) {
        return flows.stream().filter(flow -> flow.name().equals(name)).findFirst();
    }

    /** Whether the named flow is declared as a WebSocket flow (an undeclared flow counts as HTTP). */
    public boolean isWebSocket(String flowName) {
        return flow(flowName)
                .map(flow -> flow.transport() == Transport.WEBSOCKET)
                .orElse(false);
    }

    /** The names of the flows run by the given population, in declaration order. */
    public List<String> flowsOf(String population) {
        return flows.stream()
                .filter(flow -> population.equals(flow.population()))
                .map(Flow::name)
                .toList();
    }

    /** The flows declaring a delivery request, in declaration order. */
    public List<Flow> deliveryFlows() {
        return flows.stream().filter(flow -> flow.deliveryRequest() != null).toList();
    }
}
