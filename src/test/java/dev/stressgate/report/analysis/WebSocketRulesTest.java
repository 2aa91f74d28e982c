package dev.stressgate.report.analysis;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WebSocketRulesTest {

    @Test
    void backpressureDropsFire() {
        RunFixture run = RunFixture.healthy().series("ws_backpressure_drops", "per_second", s -> s == 200 ? 12 : 0);

        assertThat(RuleFindings.of(run, "ws_backpressure")).singleElement().satisfies(f ->
                assertThat(RuleFindings.evidence(f, "server.ws_backpressure_drops").values()).containsEntry("peak_per_s", 12.0));
    }

    @Test
    void frameTimeoutsOnAChannelTheServerDroppedFramesOnAreBackpressureNotServerErrors() {
        RunFixture run = RunFixture.healthy().series("ws_backpressure_drops", "per_second", Map.of("channel", "chat"),
                s -> s >= 100 && s < 130 ? 2 : 0);
        run.error("Check chat_ws: message delivered timeout", "chat_ws: message delivered", 40);
        run.error("Check chat_ws: joined timeout", "chat_ws: joined", 20);

        Finding backpressure = RuleFindings.of(run, "ws_backpressure").get(0);

        assertThat(RuleFindings.of(run, "server_errors")).isEmpty();
        assertThat(RuleFindings.evidence(backpressure, "ws_backpressure.chat.client").values())
                .containsEntry("timeouts", 60.0).containsEntry("chat_ws: joined", 20.0);
        assertThat(backpressure.detail()).contains("timed out 60 times");
    }

    @Test
    void frameTimeoutsWithoutDropsOrOnAnotherChannelStayServerErrors() {
        RunFixture run = RunFixture.healthy().series("ws_backpressure_drops", "per_second", Map.of("channel", "chat"),
                s -> s == 100 ? 2 : 0);
        run.error("Check game_ws: move made timeout", "game_ws: move made", 400);

        Finding errors = RuleFindings.of(run, "server_errors").get(0);

        assertThat(RuleFindings.evidence(errors, "server_errors.gatling").values()).containsEntry("total_failed", 400.0);
    }

    @Test
    void connectFailuresFromGatlingAndServerFire() {
        RunFixture run = RunFixture.healthy().series("ws_rejected", "per_second", s -> s == 10 ? 2 : 0);
        run.replaceRequest(new RequestStats("chat_ws: connect", 3000, 30, 30, 25, 25, 60, 90, 90, 10));

        Finding f = RuleFindings.of(run, "ws_connect_failures").get(0);

        assertThat(f.title()).isEqualTo("WebSocket connect failures: 1% of connects");
        assertThat(RuleFindings.evidence(f, "ws_connect.gatling").values()).containsEntry("chat_ws: connect", 30.0);
        assertThat(RuleFindings.evidence(f, "ws_connect.server").refs()).containsExactly("ws_rejected");
    }

    @Test
    void koOnNonWebSocketConnectIsNotAWebSocketFailure() {
        RunFixture run = RunFixture.healthy();
        run.replaceRequest(new RequestStats("friends: connect", 100, 5, 30, 25, 25, 60, 90, 90, 1));

        assertThat(RuleFindings.of(run, "ws_connect_failures")).isEmpty();
    }
}
