package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.profile.Slo;
import dev.stressgate.profile.SloMetric;
import dev.stressgate.run.Workload;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebSocketRulesTest {

    @Test
    void backpressureDropsFire() {
        RunFixture run = RunFixture.healthy().series("ws_backpressure_drops", "per_second", s -> s == 200 ? 12 : 0);

        assertThat(RuleFindings.of(run, "ws_backpressure"))
                .singleElement()
                .satisfies(f -> assertThat(RuleFindings.evidence(f, "server.ws_backpressure_drops")
                                .values())
                        .containsEntry("peak_per_s", 12.0));
    }

    @Test
    void frameTimeoutsOnAChannelTheServerDroppedFramesOnAreBackpressureNotServerErrors() {
        RunFixture run = RunFixture.healthy()
                .series(
                        "ws_backpressure_drops",
                        "per_second",
                        Map.of("channel", "chat"),
                        s -> s >= 100 && s < 130 ? 2 : 0);
        run.error("Check chat_ws: message delivered timeout", "chat_ws: message delivered", 40);
        run.error("Check chat_ws: joined timeout", "chat_ws: joined", 20);

        Finding backpressure = RuleFindings.of(run, "ws_backpressure").get(0);

        assertThat(RuleFindings.of(run, "server_errors")).isEmpty();
        assertThat(RuleFindings.evidence(backpressure, "ws_backpressure.chat.client")
                        .values())
                .containsEntry("timeouts", 60.0)
                .containsEntry("chat_ws: joined", 20.0);
        assertThat(backpressure.detail()).contains("timed out 60 times");
    }

    @Test
    void frameTimeoutsWithoutDropsAreLostDeliveriesNotServerErrors() {
        RunFixture run = RunFixture.healthy()
                .series("ws_backpressure_drops", "per_second", Map.of("channel", "chat"), s -> s == 100 ? 2 : 0);
        run.replaceRequest(new RequestStats("game_ws: move made", 5000, 400, 20, 15, 15, 45, 70, 70, 16));
        run.error("Check game_ws: move made timeout", "game_ws: move made", 400);

        Finding lost = RuleFindings.of(run, "lost_deliveries").get(0);

        assertThat(RuleFindings.of(run, "server_errors"))
                .as("a frame that never came is not a 5xx")
                .isEmpty();
        assertThat(lost.id()).isEqualTo("lost_deliveries.game_ws");
        assertThat(lost.severity()).as("no drop counter explains them").isEqualTo(Severity.WARNING);
        assertThat(lost.title()).isEqualTo("Lost WebSocket deliveries on game_ws: 400 (8%)");
        assertThat(RuleFindings.evidence(lost, "lost_deliveries.game_ws.client").values())
                .containsEntry("lost", 400.0)
                .containsEntry("lost_pct", 8.0)
                .containsEntry("game_ws: move made", 400.0);
        assertThat(lost.evidence()).extracting(Evidence::id).doesNotContain("lost_deliveries.game_ws.server");
    }

    @Test
    void lostDeliveriesExplainedByTheDropCounterLinkItAndLeaveTheWarningToBackpressure() {
        RunFixture run = RunFixture.healthy()
                .series(
                        "ws_backpressure_drops",
                        "per_second",
                        Map.of("channel", "chat"),
                        s -> s >= 100 && s < 130 ? 2 : 0);
        run.error("Check chat_ws: message delivered timeout", "chat_ws: message delivered", 60);

        Finding lost = RuleFindings.of(run, "lost_deliveries").get(0);

        assertThat(lost.severity()).isEqualTo(Severity.INFO);
        assertThat(RuleFindings.evidence(lost, "lost_deliveries.chat_ws.server").refs())
                .containsExactly("ws_backpressure_drops{channel=chat}");
        assertThat(lost.detail()).contains("1% of 6000 checks", "drop counter moved");
        assertThat(run.analyze().findings().get(0).id())
                .isEqualTo("ws_backpressure.ws_backpressure_drops{channel=chat}");
    }

    @Test
    void aDropCounterWithoutAChannelLabelStillExplainsLostDeliveries() {
        RunFixture run =
                RunFixture.healthy().series("ws_backpressure_drops", "per_second", s -> s >= 100 && s < 130 ? 3 : 0);
        run.error("Check chat_ws: message delivered timeout", "chat_ws: message delivered", 60);

        Finding backpressure = RuleFindings.of(run, "ws_backpressure").get(0);

        assertThat(RuleFindings.evidence(backpressure, "ws_backpressure.any.client")
                        .values())
                .containsEntry("timeouts", 60.0);
        assertThat(backpressure.detail()).contains("a counter without a channel label");
        assertThat(RuleFindings.of(run, "lost_deliveries"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(RuleFindings.of(run, "server_errors")).isEmpty();
    }

    @Test
    void lostDeliveriesDoNotCountAsServerErrorsInTheSlo() {
        RunFixture run = RunFixture.healthy();
        run.slos.clear();
        run.slos.add(new Slo(SloMetric.SERVER_ERROR_RATE_PCT, Slo.GLOBAL, 0.5));
        run.error("Check chat_ws: message delivered timeout", "chat_ws: message delivered", 600);

        Analysis analysis = run.analyze();

        assertThat(analysis.slo().get(0).measured()).isEqualTo(0.0);
        assertThat(analysis.slo().get(0).outcome()).isEqualTo(SloOutcome.PASS);
        assertThat(analysis.findings()).extracting(Finding::rule).doesNotContain("server_errors", "error_burst");
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

    @Test
    void theWorkloadNotTheNameSaysWhichFlowsAreWebSocket() {
        RunFixture run = RunFixture.healthy()
                .series("ws_backpressure_drops", "per_second", Map.of("channel", "live"), s -> s == 100 ? 2 : 0);
        run.workload = new Workload(List.of(
                new Workload.Flow("live", Workload.Transport.WEBSOCKET, "live: echo"),
                new Workload.Flow("chat_ws", Workload.Transport.HTTP, null)));
        run.requests.add(new RequestStats("live: echo", 2000, 100, 20, 15, 15, 45, 70, 70, 6));
        run.error("Check live: echo timeout", "live: echo", 100);
        run.error("Request timeout to 127.0.0.1:8375 after 60000 ms", "chat_ws: message delivered", 30);

        Finding lost = RuleFindings.of(run, "lost_deliveries").get(0);

        assertThat(lost.id()).isEqualTo("lost_deliveries.live");
        assertThat(RuleFindings.evidence(lost, "lost_deliveries.live.server").refs())
                .as("the drop series' channel label names the flow")
                .containsExactly("ws_backpressure_drops{channel=live}");
        assertThat(RuleFindings.of(run, "lost_deliveries")).hasSize(1);
        assertThat(RuleFindings.of(run, "server_errors"))
                .as("chat_ws is an HTTP flow here: its timeouts are server-side failures, not lost frames")
                .singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("chat_ws: message delivered"));
    }
}
