package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongToDoubleFunction;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ErrorBurstRuleTest {

    @Test
    void burstReportsStartDurationRequestsAndServerSeriesThatMoved() {
        RunFixture run = RunFixture.healthy()
                .timeline(s -> 100, s -> 100, s -> s >= 120 && s < 130 && s != 125 ? 20 : 0, s -> 120)
                .series("db_latency_p95", "ms", s -> s >= 115 && s <= 135 ? 400 : 8);
        run.error("status 500 (expected 200)", "posts: create", 180);

        List<Finding> bursts = RuleFindings.of(run, "error_burst");

        assertThat(bursts).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("error_burst.1");
            Evidence e = RuleFindings.evidence(f, "error_burst.1");
            assertThat(e.fromMs()).isEqualTo(RunFixture.START + 120_000);
            assertThat(e.toMs()).isEqualTo(RunFixture.START + 130_000);
            assertThat(e.values())
                    .containsEntry("errors", 180.0)
                    .containsEntry("duration_s", 10.0)
                    .containsEntry("peak_error_rate_pct", 20.0);
            assertThat(e.refs()).containsExactly("posts: create");
            // ten seconds of 100 responses each; second 125 is quiet and only bridges the burst
            assertThat(f.detail())
                    .startsWith(
                            "For 10 s, from 2:00 to 2:10 into the run (05:02:00–05:02:10 UTC), 180 of 1000 responses failed "
                                    + "(peak 20% per second), where the rest of the run's error rate of 0% would give 0 errors");
            assertThat(e.values()).containsEntry("responses", 1000.0).containsEntry("background_error_rate_pct", 0.0);
            assertThat(RuleFindings.evidence(f, "error_burst.1.server").refs()).containsExactly("db_latency_p95");
        });
    }

    @Test
    void aBurstOfRateLimitsAloneIsInformationAndTheRateLimitFindingLeads() {
        RunFixture run = RunFixture.healthy().timeline(s -> 100, s -> 100, s -> s >= 120 && s < 180 ? 50 : 0, s -> 120);
        run.error("status.find.in(200), found 429", "feed: list posts", 3000);

        Finding burst = RuleFindings.of(run, "error_burst").get(0);
        Analysis analysis = run.analyze();

        assertThat(burst.severity()).isEqualTo(Severity.INFO);
        assertThat(burst.detail()).contains("see the rate-limiting finding");
        assertThat(analysis.findings()).extracting(Finding::id).containsSubsequence("rate_limit", "error_burst.1");
    }

    @Test
    void aBurstWithServerErrorsBesideRateLimitsStaysAWarning() {
        RunFixture run = RunFixture.healthy().timeline(s -> 100, s -> 100, s -> s >= 120 && s < 130 ? 20 : 0, s -> 120);
        run.error("status.find.in(200), found 429", "feed: list posts", 150);
        run.error("status.find.in(201), found 503", "posts: create", 50);

        assertThat(RuleFindings.of(run, "error_burst").get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void errorsScatteredAtRandomOverTheRunAreNoBurstButABurstAmongThemIsFound() {
        Random random = new Random(5);
        long[] noise = new long[RunFixture.SECONDS];
        for (int s = 0; s < noise.length; s++) {
            for (int i = 0; i < 20; i++) {
                noise[s] += random.nextInt(50) == 0 ? 1 : 0;
            }
        }
        RunFixture quiet = RunFixture.healthy().timeline(s -> 20, s -> 20, s -> noise[(int) s], s -> 120);
        quiet.error(
                "status.find.in(200), found 500",
                "posts: create",
                LongStream.of(noise).sum());
        assertThat(LongStream.of(noise).filter(errors -> errors > 0).count())
                .as("seconds at or above the 5%% burst rate")
                .isGreaterThan(RunFixture.SECONDS / 4);

        assertThat(RuleFindings.of(quiet, "error_burst")).isEmpty();

        RunFixture burst = RunFixture.healthy()
                .timeline(s -> 20, s -> 20, s -> s >= 200 && s < 210 ? 8 : noise[(int) s], s -> 120);
        burst.error(
                "status.find.in(200), found 500",
                "posts: create",
                80 + LongStream.of(noise).sum());
        assertThat(RuleFindings.of(burst, "error_burst")).singleElement().satisfies(f -> {
            Evidence e = RuleFindings.evidence(f, "error_burst.1");
            assertThat(e.fromMs()).isLessThanOrEqualTo(RunFixture.START + 200_000);
            assertThat(e.toMs()).isGreaterThanOrEqualTo(RunFixture.START + 210_000);
            assertThat(e.values().get("duration_s"))
                    .as("noise may extend the burst a little")
                    .isLessThanOrEqualTo(30);
            assertThat(e.values().get("background_error_rate_pct")).isBetween(1.0, 3.0);
        });
    }

    @Test
    void errorsThroughoutTheWholeRunAreTheRunsErrorRateNotABurst() {
        RunFixture run = RunFixture.healthy().timeline(s -> 100, s -> 100, s -> 20, s -> 120);
        run.error("status.find.in(200), found 500", "posts: create", 20L * RunFixture.SECONDS);

        assertThat(RuleFindings.of(run, "error_burst")).isEmpty();
        assertThat(RuleFindings.of(run, "server_errors")).isNotEmpty();
    }

    @Test
    void scatteredSingleErrorsAreNoBurst() {
        RunFixture run = RunFixture.healthy().timeline(s -> 100, s -> 100, s -> s % 50 == 0 ? 1 : 0, s -> 120);

        assertThat(RuleFindings.of(run, "error_burst")).isEmpty();
    }

    /** Server rates by route: /api/feed 60/s, /api/posts and /api/likes 20/s each, and the given 5xx rate of /api/posts. */
    private static RunFixture byRoute(RunFixture run, long step, LongToDoubleFunction posts5xx) {
        return run.series("requests_by_route", "req/s", Map.of("route", "/api/feed"), step, RunFixture.SECONDS, s -> 60)
                .addLine("requests_by_route", "req/s", Map.of("route", "/api/posts"), step, RunFixture.SECONDS, s -> 20)
                .addLine("requests_by_route", "req/s", Map.of("route", "/api/likes"), step, RunFixture.SECONDS, s -> 20)
                .series(
                        "http_5xx_by_route",
                        "req/s",
                        Map.of("route", "/api/posts"),
                        step,
                        RunFixture.SECONDS,
                        posts5xx);
    }

    @Test
    void a40sBurstOf5xxOnOneEndpointIsFoundAndNamedWhileTheRunWideShareStaysLow() {
        // 8% of /api/posts' calls fail from 2:00 to 2:40; that is 1.6% of all responses, under the 5% burst rate.
        RunFixture run = byRoute(
                RunFixture.healthy()
                        .timeline(s -> 100, s -> 100, s -> s >= 120 && s < 160 ? (s % 5 < 3 ? 2 : 1) : 0, s -> 120),
                5,
                s -> s > 120 && s <= 160 ? 1.6 : 0);
        run.error("status.find.in(201), found 500", "posts: create", 64);

        Finding f = RuleFindings.of(run, "error_burst").get(0);

        assertThat(RuleFindings.of(run, "error_burst")).hasSize(1);
        assertThat(f.id()).isEqualTo("error_burst.route.1");
        assertThat(f.title()).isEqualTo("Error burst on /api/posts: 40 s with 8% of its calls answered 5xx");
        Evidence e = RuleFindings.evidence(f, "error_burst.route.1");
        assertThat(e.source()).isEqualTo("metrics");
        assertThat(e.fromMs()).isEqualTo(RunFixture.START + 120_000);
        assertThat(e.toMs()).isEqualTo(RunFixture.START + 160_000);
        assertThat(e.values()).containsEntry("recovered", 1.0).containsEntry("duration_s", 40.0);
        assertThat(e.values().get("errors")).isCloseTo(64.0, within(1e-9));
        assertThat(RuleFindings.evidence(f, "error_burst.route.1.client").refs())
                .containsExactly("posts: create");
        assertThat(f.detail()).contains("then recovered", "5xx and request rates by route");
    }

    @Test
    void aRouteBurstSampledEvery15sByPrometheusIsFoundToo() {
        RunFixture go = byRoute(RunFixture.healthy(), 15, s -> s > 120 && s <= 165 ? 1.6 : 0);

        assertThat(RuleFindings.of(go, "error_burst"))
                .singleElement()
                .satisfies(f -> assertThat(f.title()).startsWith("Error burst on /api/posts: 45 s with 8% "));
    }

    @Test
    void randomServerErrorsOnAnEndpointAreNoBurst() {
        Random random = new Random(11);
        double[] perInterval = new double[RunFixture.SECONDS];
        for (int s = 0; s < RunFixture.SECONDS; s += 5) {
            int errors = 0;
            for (int call = 0; call < 100; call++) {
                errors += random.nextInt(100) == 0 ? 1 : 0;
            }
            perInterval[s] = errors / 5.0;
        }
        RunFixture run = byRoute(RunFixture.healthy(), 5, s -> perInterval[(int) s]);
        assertThat(Arrays.stream(perInterval).filter(r -> r * 5 >= 3).count())
                .as("intervals with 3%% or more errors happen by chance")
                .isPositive();

        assertThat(RuleFindings.of(run, "error_burst")).isEmpty();
    }

    @Test
    void theRampDownTailIsNotABurst() {
        // Users finish from 4:40: a few responses per second, half of them awaited frames that time out.
        RunFixture run = RunFixture.healthy()
                .timeline(s -> s < 280 ? 100 : 300 - s, s -> s < 280 ? 100 : 6, s -> s < 280 ? 0 : 3, s -> 120);
        run.error("Check chat_ws: message delivered timeout", "chat_ws: message delivered", 60);

        assertThat(RuleFindings.of(run, "error_burst")).isEmpty();
    }

    @Test
    void aBurstThatLastsUntilTheEndDidNotRecover() {
        RunFixture run = RunFixture.healthy().timeline(s -> 100, s -> 100, s -> s >= 270 ? 30 : 0, s -> 120);
        run.error("status.find.in(200), found 503", "feed: list posts", 900);

        Finding f = RuleFindings.of(run, "error_burst").get(0);

        assertThat(f.title()).isEqualTo("Error burst of 30 s with 900 errors, not recovered by the end of the run");
        assertThat(RuleFindings.evidence(f, "error_burst.1").values()).containsEntry("recovered", 0.0);
    }

    @Test
    void aBurstOfLostDeliveriesIsInformationAndTheLostDeliveriesFindingLeads() {
        RunFixture run = RunFixture.healthy().timeline(s -> 100, s -> 100, s -> s >= 120 && s < 150 ? 20 : 0, s -> 120);
        run.error("Check chat_ws: message delivered timeout", "chat_ws: message delivered", 600);

        Finding burst = RuleFindings.of(run, "error_burst").get(0);

        assertThat(burst.severity()).isEqualTo(Severity.INFO);
        assertThat(run.analyze().findings().get(0).id()).isEqualTo("lost_deliveries.chat_ws");
    }
}
