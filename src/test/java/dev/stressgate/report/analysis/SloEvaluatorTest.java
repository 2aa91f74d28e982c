package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

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
        SloResult r = only(with(Slo.max("p95_ms", Slo.GLOBAL, 100)));

        assertThat(r.outcome()).isEqualTo(SloOutcome.FAIL);
        assertThat(r.measured()).isEqualTo(120.0);
        assertThat(r.slo().max()).isEqualTo(100.0);
        assertThat(r.breachRatio()).isEqualTo(1.2);
    }

    @Test
    void flowScopeUsesTheGroup() {
        assertThat(only(with(Slo.max("p99_ms", "posts", 250))).measured()).isEqualTo(200.0);
        assertThat(only(with(Slo.max("p99_ms", "posts", 150))).outcome()).isEqualTo(SloOutcome.FAIL);
    }

    @Test
    void errorRateCountsKoOverRequests() {
        RunFixture run = with(Slo.max("error_rate_pct", Slo.GLOBAL, 1));
        run.error("status 500 (expected 200)", "feed: list posts", 600);

        SloResult r = only(run);

        assertThat(r.measured()).isEqualTo(2.0);
        assertThat(r.outcome()).isEqualTo(SloOutcome.FAIL);
    }

    @Test
    void serverErrorRateCountsOnly5xx() {
        RunFixture run = with(Slo.max("server_error_rate_pct", Slo.GLOBAL, 0.5));
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
        RunFixture run = with(Slo.max("server_error_rate_pct", "feed", 0.5));
        run.error("status 500 (expected 200)", null, 10);

        SloResult r = only(run);

        assertThat(r.outcome()).isEqualTo(SloOutcome.NO_DATA);
        assertThat(r.note()).contains("not attributed");
    }

    @Test
    void wsConnectSuccessIsAMinimum() {
        RunFixture run = with(Slo.min("ws_connect_success_pct", Slo.GLOBAL, 99));
        run.replaceRequest(new RequestStats("chat_ws: connect", 1000, 50, 30, 25, 25, 60, 90, 90, 3));

        SloResult r = only(run);

        assertThat(r.measured()).isEqualTo(95.0);
        assertThat(r.outcome()).isEqualTo(SloOutcome.FAIL);
    }

    @Test
    void missingDataAndUnknownMetricsAreNoDataWithTheReason() {
        SloResult auth = only(with(Slo.max("auth_failure_rate_pct", Slo.GLOBAL, 1)));
        SloResult unknown = only(with(Slo.max("resilience_score", Slo.GLOBAL, 1)));
        SloResult flow = only(with(Slo.max("p95_ms", "game_ws", 300)));

        assertThat(auth.outcome()).isEqualTo(SloOutcome.NO_DATA);
        assertThat(auth.note()).isEqualTo("no requests in flow 'auth'");
        assertThat(unknown.note()).isEqualTo("metric 'resilience_score' is not measured by the analysis");
        assertThat(flow.note()).isEqualTo("no requests in flow 'game_ws'");
        assertThat(flow.measured()).isNull();
    }
}
