package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.profile.Slo;
import dev.stressgate.profile.SloMetric;
import dev.stressgate.run.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

class SloEvaluatorTest {

    private static SloResult only(RunFixture run) {
        List<SloResult> results = new SloEvaluator().evaluate(run.input());
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private static RunFixture with(Slo slo) {
        RunFixture run = RunFixture.healthy();
        run.slos.clear();
        run.slos.add(slo);
        return run;
    }

    @Test
    void p95AboveMaxFailsWithBothNumbers() {
        SloResult r = only(with(new Slo(SloMetric.P95_MS, Slo.GLOBAL, 100)));

        assertThat(r.outcome()).isEqualTo(SloOutcome.FAIL);
        assertThat(r.measured()).isEqualTo(120.0);
        assertThat(r.slo().max()).isEqualTo(100.0);
        assertThat(r.breachRatio()).isEqualTo(1.2);
    }

    @Test
    void flowScopeUsesTheGroup() {
        assertThat(only(with(new Slo(SloMetric.P99_MS, "posts", 250))).measured())
                .isEqualTo(200.0);
        assertThat(only(with(new Slo(SloMetric.P99_MS, "posts", 150))).outcome())
                .isEqualTo(SloOutcome.FAIL);
    }

    @Test
    void errorRateCountsKoOverRequests() {
        RunFixture run = with(new Slo(SloMetric.ERROR_RATE_PCT, Slo.GLOBAL, 1));
        run.error("status 500 (expected 200)", "feed: list posts", 600);

        SloResult r = only(run);

        assertThat(r.measured()).isEqualTo(2.0);
        assertThat(r.outcome()).isEqualTo(SloOutcome.FAIL);
    }

    @Test
    void serverErrorRateCountsOnly5xx() {
        RunFixture run = with(new Slo(SloMetric.SERVER_ERROR_RATE_PCT, Slo.GLOBAL, 0.5));
        run.error("status 429 (expected 200)", "feed: list posts", 3000);
        run.error("status 502 (expected 200)", "feed: list posts", 30);
        run.error(
                "i.g.h.c.i.RequestTimeoutException: Request timeout to 127.0.0.1/127.0.0.1:8375 after 60000 ms",
                "posts: create",
                30);

        SloResult r = only(run);

        assertThat(r.measured())
                .as("30 of 30000: neither the 429s nor the timeouts are server answers")
                .isEqualTo(0.1);
        assertThat(r.outcome()).isEqualTo(SloOutcome.PASS);
    }

    @Test
    void serverErrorRateOfAFlowNeedsAttributedErrors() {
        RunFixture run = with(new Slo(SloMetric.SERVER_ERROR_RATE_PCT, "feed", 0.5));
        run.error("status 500 (expected 200)", null, 10);

        SloResult r = only(run);

        assertThat(r.outcome()).isEqualTo(SloOutcome.NO_DATA);
        assertThat(r.note()).contains("not attributed");
    }

    @Test
    void wsConnectSuccessIsAMinimum() {
        RunFixture run = with(new Slo(SloMetric.WS_CONNECT_SUCCESS_PCT, Slo.GLOBAL, 99));
        run.replaceRequest(new RequestStats("chat_ws: connect", 1000, 50, 30, 25, 25, 60, 90, 90, 3));

        SloResult r = only(run);

        assertThat(r.measured()).isEqualTo(95.0);
        assertThat(r.outcome()).isEqualTo(SloOutcome.FAIL);
    }

    @Test
    void missingDataIsNoDataWithTheReason() {
        SloResult auth = only(with(new Slo(SloMetric.AUTH_FAILURE_RATE_PCT, Slo.GLOBAL, 1)));
        SloResult flow = only(with(new Slo(SloMetric.P95_MS, "game_ws", 300)));

        assertThat(auth.outcome()).isEqualTo(SloOutcome.NO_DATA);
        assertThat(auth.note()).isEqualTo("no requests in flow 'auth'");
        assertThat(flow.note()).isEqualTo("no requests in flow 'game_ws'");
        assertThat(flow.measured()).isNull();
    }

    @Test
    void deliveryIsTheRequestTheWorkloadDeclaresWhateverItsName() {
        RunFixture run = with(new Slo(SloMetric.CHAT_DELIVERY_P95_MS, Slo.GLOBAL, 100));
        run.workload = new Workload(List.of(
                new Workload.Flow("live", Workload.Transport.WEBSOCKET, "live: echo"),
                new Workload.Flow("feed", Workload.Transport.HTTP, null)));
        run.requests.add(new RequestStats("live: echo", 500, 0, 60, 50, 50, 140, 190, 190, 2));

        SloResult r = only(run);

        assertThat(r.measured()).isEqualTo(140.0);
        assertThat(r.note()).isEqualTo("p95 of 'live: echo'");
        assertThat(r.outcome()).isEqualTo(SloOutcome.FAIL);
    }

    @Test
    void severalDeliveryRequestsAreJudgedByTheSlowest() {
        RunFixture run = with(new Slo(SloMetric.CHAT_DELIVERY_P95_MS, Slo.GLOBAL, 500));
        run.workload = new Workload(List.of(
                new Workload.Flow("chat_ws", Workload.Transport.WEBSOCKET, "chat_ws: message delivered"),
                new Workload.Flow("rooms", Workload.Transport.WEBSOCKET, "rooms: broadcast received")));
        run.requests.add(new RequestStats("rooms: broadcast received", 800, 0, 90, 80, 80, 210, 260, 260, 3));

        SloResult r = only(run);

        assertThat(r.measured()).as("rooms' p95 210 ms beats chat's 45 ms").isEqualTo(210.0);
        assertThat(r.note()).isEqualTo("p95 of 'rooms: broadcast received' (the slowest of 2 delivery requests)");
    }

    @Test
    void aRunWithoutADeclaredWorkloadMeasuresNoDeliveryAndNoWebSocketConnects() {
        RunFixture delivery = with(new Slo(SloMetric.CHAT_DELIVERY_P95_MS, Slo.GLOBAL, 500));
        delivery.workload = Workload.undeclared();
        RunFixture connects = with(new Slo(SloMetric.WS_CONNECT_SUCCESS_PCT, Slo.GLOBAL, 99));
        connects.workload = Workload.undeclared();

        assertThat(only(delivery).outcome()).isEqualTo(SloOutcome.NO_DATA);
        assertThat(only(delivery).note()).isEqualTo("the run's workload declares no delivery request");
        assertThat(only(connects).outcome()).isEqualTo(SloOutcome.NO_DATA);
        assertThat(only(connects).note())
                .isEqualTo("no WebSocket connect requests recorded (run.json declares no workload)");
    }

    @Test
    void wsConnectSuccessCountsTheConnectsOfDeclaredWebSocketFlowsOnly() {
        RunFixture run = with(new Slo(SloMetric.WS_CONNECT_SUCCESS_PCT, Slo.GLOBAL, 99));
        run.workload = new Workload(List.of(
                new Workload.Flow("live", Workload.Transport.WEBSOCKET, null),
                new Workload.Flow("chat_ws", Workload.Transport.HTTP, null)));
        run.requests.add(new RequestStats("live: connect", 200, 10, 30, 25, 25, 60, 90, 90, 1));

        SloResult r = only(run);

        assertThat(r.measured())
                .as("190 of live's 200; chat_ws is declared HTTP here, so its 3000 connects do not count")
                .isEqualTo(95.0);
    }

    @Test
    void authFailuresAreTheKoShareOfTheFlowsOfTheAuthPopulation() {
        RunFixture run = with(new Slo(SloMetric.AUTH_FAILURE_RATE_PCT, Slo.GLOBAL, 1));
        run.workload = new Workload(List.of(
                new Workload.Flow("login", "auth", Workload.Transport.HTTP, null),
                new Workload.Flow("feed", "social", Workload.Transport.HTTP, null)));
        run.groups.add(new RequestStats("login", 400, 8, 30, 25, 25, 60, 90, 90, 1));
        RunFixture undeclared = with(new Slo(SloMetric.AUTH_FAILURE_RATE_PCT, Slo.GLOBAL, 1));
        undeclared.workload = Workload.undeclared();

        SloResult r = only(run);

        assertThat(r.measured()).isEqualTo(2.0);
        assertThat(r.note()).isEqualTo("8 KO of 400 requests in flow 'login'");
        assertThat(r.outcome()).isEqualTo(SloOutcome.FAIL);
        assertThat(only(undeclared).note()).isEqualTo("the run's workload declares no flow of the auth population");
    }
}
