package dev.stressgate.report.gatling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.run.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowTransportsTest {

    /** A workload of another shape than the reference one: no "_ws" names, and a "_ws" flow that is HTTP. */
    private final FlowTransports transports = new FlowTransports(new Workload(List.of(
            new Workload.Flow("live", Workload.Transport.WEBSOCKET, "live: echo"),
            new Workload.Flow("rooms", Workload.Transport.WEBSOCKET, null),
            new Workload.Flow("feed", Workload.Transport.HTTP, null),
            new Workload.Flow("legacy_ws", Workload.Transport.HTTP, null))));

    @Test
    void theDeclaredTransportOfTheFlowPrefixDecides() {
        assertThat(transports.isWebSocket(List.of(), "live: connect")).isTrue();
        assertThat(transports.isWebSocket(List.of("live"), "rooms: move acknowledged"))
                .isTrue();
        assertThat(transports.isWebSocket(List.of("live"), "feed: list posts")).isFalse();
        assertThat(transports.isWebSocket(List.of(), "legacy_ws: poll"))
                .as("declared HTTP, whatever its name says")
                .isFalse();
        assertThat(transports.isWebSocket(List.of(), "chat_ws: connect"))
                .as("not declared: HTTP")
                .isFalse();
    }

    @Test
    void outermostGroupDecidesForNamesWithoutFlowPrefix() {
        assertThat(transports.isWebSocket(List.of("rooms", "round"), "join")).isTrue();
        assertThat(transports.isWebSocket(List.of("feed", "rooms"), "join")).isFalse();
        assertThat(transports.isWebSocket(List.of(), "home")).isFalse();
        assertThat(transports.isWebSocket(List.of("rooms"), "step 1: join"))
                .as("a colon in a name that is no declared flow leaves the group to decide")
                .isTrue();
        assertThat(transports.isWebSocket(List.of("feed"), "step 1: load")).isFalse();
    }

    @Test
    void aRunWithoutADeclaredWorkloadCountsEveryRequestAsHttpAndSaysSo() {
        FlowTransports undeclared = FlowTransports.undeclared();

        assertThat(undeclared.isWebSocket(List.of("chat_ws"), "chat_ws: connect"))
                .isFalse();
        assertThat(undeclared.rule()).isEqualTo("run.json declares no workload: every request counted as HTTP");
        assertThat(transports.rule()).contains("declared with transport 'websocket' in run.json's workload");
    }
}
