package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongToDoubleFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Error bursts on one endpoint from the client's per-request error seconds. */
class EndpointErrorBurstTest {

    /**
     * A run of {@code runResponses} a second, of which {@code request} gets {@code callsPerSecond} in every 100; its
     * KOs by second are {@code kos}, and they are the run's only KOs.
     */
    private static RunFixture endpoint(
            String request,
            long callsPerSecond,
            LongToDoubleFunction users,
            LongToDoubleFunction runResponses,
            LongToDoubleFunction kos,
            String message) {
        RunFixture run = RunFixture.healthy().timeline(users, runResponses, kos, s -> 120);
        List<EndpointErrorSeconds.Second> seconds = new ArrayList<>();
        long calls = 0;
        long errors = 0;
        for (int s = 0; s < RunFixture.SECONDS; s++) {
            long inSecond = Math.round(callsPerSecond * runResponses.applyAsDouble(s) / 100);
            long failed = (long) kos.applyAsDouble(s);
            calls += inSecond;
            errors += failed;
            if (failed > 0) {
                seconds.add(
                        new EndpointErrorSeconds.Second(RunFixture.START + s * 1000L, (int) failed, (int) inSecond));
            }
        }
        run.endpointErrors.add(new EndpointErrorSeconds(request, calls, seconds));
        run.replaceRequest(new RequestStats(request, calls, errors, 80, 70, 70, 150, 200, 200, calls / 300.0));
        if (errors > 0) {
            run.error(message, request, errors);
        }
        return run;
    }

    private static RunFixture postsCreate(LongToDoubleFunction kos, String message) {
        return endpoint("posts: create", 10, s -> 100, s -> 100, kos, message);
    }

    /** One KO in four of every five seconds from 2:30 to 3:10: 32 of about 400 calls, 8 %. */
    private static double burst(long s) {
        return s >= 150 && s < 190 && (s - 150) % 5 != 2 ? 1 : 0;
    }

    private static final String HTTP_503 = "status.find.in(201), found 503";

    @Test
    void a40sBurstAt8PercentOfOneEndpointsCallsIsFoundNamedAndRecoveredWhileTheRunWideShareStaysLow() {
        RunFixture run = postsCreate(EndpointErrorBurstTest::burst, HTTP_503);

        List<Finding> findings = RuleFindings.of(run, "error_burst");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("error_burst.endpoint.1");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.title()).isEqualTo("Error burst on posts: create: 40 s with 8% of its calls failed");
            Evidence e = RuleFindings.evidence(f, "error_burst.endpoint.1");
            assertThat(e.source()).isEqualTo("gatling");
            assertThat(e.refs()).containsExactly("posts: create");
            assertThat(e.fromMs()).isEqualTo(RunFixture.START + 150_000);
            assertThat(e.toMs()).isEqualTo(RunFixture.START + 190_000);
            assertThat(e.values())
                    .containsEntry("errors", 32.0)
                    .containsEntry("duration_s", 40.0)
                    .containsEntry("recovered", 1.0)
                    .containsEntry("background_error_rate_pct", 0.0);
            // 32 seconds with a KO and 10 calls each, 8 quiet seconds whose calls are the request's share (10 %)
            assertThat(e.values().get("responses")).isCloseTo(400.0, within(1e-6));
            assertThat(f.detail())
                    .contains(
                            "Request posts: create failed 32 of about 400 calls",
                            "then recovered",
                            "errors per request and second",
                            HTTP_503);
        });
    }

    @Test
    void steadyNoiseOnTheEndpointIsNoBurstButTheBurstAmongItIsFound() {
        Random random = new Random(3);
        long[] noise = new long[RunFixture.SECONDS];
        for (int s = 0; s < noise.length; s++) {
            for (int call = 0; call < 10; call++) {
                noise[s] += random.nextInt(50) == 0 ? 1 : 0;
            }
        }
        assertThat(IntStream.range(0, noise.length).filter(s -> noise[s] > 0).count())
                .as("seconds at 10 %% or more of the endpoint's calls")
                .isGreaterThan(RunFixture.SECONDS / 10);

        RunFixture quiet = postsCreate(s -> noise[(int) s], HTTP_503);
        RunFixture loud = postsCreate(s -> noise[(int) s] + 3 * burst(s), HTTP_503);

        assertThat(RuleFindings.of(quiet, "error_burst")).isEmpty();
        assertThat(RuleFindings.of(loud, "error_burst")).singleElement().satisfies(f -> {
            Evidence e = RuleFindings.evidence(f, "error_burst.endpoint.1");
            assertThat(e.fromMs()).isLessThanOrEqualTo(RunFixture.START + 151_000);
            assertThat(e.toMs()).isGreaterThanOrEqualTo(RunFixture.START + 189_000);
            assertThat(e.values().get("duration_s"))
                    .as("noise may extend it a little")
                    .isLessThanOrEqualTo(50);
            assertThat(e.values().get("background_error_rate_pct")).isBetween(1.0, 3.0);
        });
    }

    @Test
    void aBurstInTheRampDownTailIsNoBurstThoughTheSameBurstEarlierIs() {
        // Users finish from 4:30; responses fall 3 a second, under half the usual 100 from 4:47 on.
        LongToDoubleFunction users = s -> s < 270 ? 100 : 300 - s;
        LongToDoubleFunction responses = s -> s < 270 ? 100 : 100 - (s - 270) * 3;
        RunFixture tail = endpoint("posts: create", 10, users, responses, s -> s >= 288 ? 2 : 0, HTTP_503);
        RunFixture earlier =
                endpoint("posts: create", 10, users, responses, s -> s >= 200 && s < 212 ? 2 : 0, HTTP_503);

        assertThat(RuleFindings.of(tail, "error_burst")).isEmpty();
        assertThat(RuleFindings.of(earlier, "error_burst"))
                .extracting(Finding::id)
                .containsExactly("error_burst.endpoint.1");
    }

    @Test
    void lostWebSocketDeliveriesAreNoEndpointBurstWhereServerErrorsAre() {
        LongToDoubleFunction kos = s -> s >= 150 && s < 190 ? 4 : 0;
        RunFixture lost = endpoint(
                "chat_ws: message delivered", 20, s -> 100, s -> 100, kos, "Check chat_ws: message delivered timeout");
        RunFixture failed = endpoint("chat_ws: message delivered", 20, s -> 100, s -> 100, kos, "status 502");

        assertThat(RuleFindings.of(lost, "error_burst")).isEmpty();
        assertThat(RuleFindings.of(failed, "error_burst"))
                .extracting(Finding::id)
                .containsExactly("error_burst.endpoint.1");
    }

    @Test
    void theServersRouteBurstInTheSameWindowIsNamedInTheEndpointsFindingNotAsASecondOne() {
        RunFixture run = postsCreate(EndpointErrorBurstTest::burst, HTTP_503)
                .series("requests_by_route", "req/s", Map.of("route", "/api/posts"), 5, RunFixture.SECONDS, s -> 10)
                .series(
                        "http_5xx_by_route",
                        "req/s",
                        Map.of("route", "/api/posts"),
                        5,
                        RunFixture.SECONDS,
                        s -> s > 150 && s <= 190 ? 0.8 : 0);

        List<Finding> findings = RuleFindings.of(run, "error_burst");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("error_burst.endpoint.1");
            Evidence routes = RuleFindings.evidence(f, "error_burst.endpoint.1.routes");
            assertThat(routes.source()).isEqualTo("metrics");
            assertThat(routes.refs()).containsExactly("http_5xx_by_route{route=/api/posts}");
            assertThat(routes.values()).containsOnlyKeys("/api/posts");
            assertThat(f.detail())
                    .contains(
                            "own 5xx burst in the same window on /api/posts",
                            "client results (Gatling)",
                            "5xx and request rates by route");
        });
    }

    @Test
    void anEndpointBurstInsideARunWideBurstIsListedInItNotAsASecondFinding() {
        RunFixture run = postsCreate(s -> s >= 150 && s < 160 ? 8 : 0, HTTP_503);

        assertThat(RuleFindings.of(run, "error_burst")).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("error_burst.1");
            Evidence endpoints = RuleFindings.evidence(f, "error_burst.1.endpoints");
            assertThat(endpoints.refs()).containsExactly("posts: create");
            assertThat(endpoints.values()).containsExactly(Map.entry("posts: create", 80.0));
            assertThat(f.detail()).contains("Requests with their own error burst in it: posts: create.");
        });
    }

    @Test
    void anEndpointOfAnotherShapeIsJudgedOnItsOwnRate() {
        // A route-named request of a Node service at 4 % of a run whose traffic rises and falls, 25 % failing for 30 s.
        LongToDoubleFunction responses = s -> 40 + 20 * Math.sin(s / 30.0);
        RunFixture run =
                endpoint("GET /orders/:id", 4, s -> 50, responses, s -> s >= 60 && s < 90 ? 1 : 0, "status 500");

        assertThat(RuleFindings.of(run, "error_burst")).singleElement().satisfies(f -> {
            assertThat(f.title()).startsWith("Error burst on GET /orders/:id: 30 s with ");
            Evidence e = RuleFindings.evidence(f, "error_burst.endpoint.1");
            assertThat(e.fromMs()).isEqualTo(RunFixture.START + 60_000);
            assertThat(e.toMs()).isEqualTo(RunFixture.START + 90_000);
            assertThat(e.values()).containsEntry("errors", 30.0);
        });
    }

    @Test
    void aSummaryWrittenBeforePerRequestErrorSecondsSaysEndpointBurstsCouldNotBeJudged() {
        RunFixture old = postsCreate(EndpointErrorBurstTest::burst, HTTP_503);
        old.endpointErrors = null;
        RunFixture clean = RunFixture.healthy();
        clean.endpointErrors = null;

        assertThat(RuleFindings.of(old, "error_burst")).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("error_burst.endpoints_not_judged");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.title()).isEqualTo("Error bursts per endpoint from client data could not be judged");
        });
        assertThat(RuleFindings.of(clean, "error_burst"))
                .as("no KO, nothing to judge")
                .isEmpty();
    }

    @Test
    void aBurstHoldingMostOfTheRunsServerErrorsRanksBeforeTheCriticalServerErrorShareItExplains() {
        // 8 of the endpoint's 10 calls a second fail for 40 s: 320 of the run's 30,000 requests, over the 1 % at
        // which the run-wide server-error finding is CRITICAL, while each burst is a WARNING.
        RunFixture run = postsCreate(s -> s >= 150 && s < 190 ? 8 : 0, HTTP_503);

        Analysis analysis = run.analyze();

        List<Finding> causes = analysis.findings().stream()
                .filter(f -> f.category() == Category.ERRORS && f.severity() != Severity.INFO)
                .toList();
        assertThat(causes).extracting(Finding::id).containsExactly("error_burst.1", "server_errors");
        assertThat(causes.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(causes.get(0).explains()).containsExactly("server_errors");
        assertThat(causes.get(1).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(analysis.status()).isEqualTo(Status.CRITICAL);
    }

    @Test
    void aSmallBurstOnTopOfErrorsAllRunLongExplainsNothingAndTheServerErrorShareStaysFirst() {
        // One call in ten fails all run long (300), and five in ten for 10 s (40 more): the burst holds 50 of 340.
        RunFixture run = postsCreate(s -> s >= 150 && s < 160 ? 5 : 1, HTTP_503);

        Analysis analysis = run.analyze();

        List<Finding> causes = analysis.findings().stream()
                .filter(f -> f.category() == Category.ERRORS && f.severity() != Severity.INFO)
                .toList();
        assertThat(causes).extracting(Finding::id).first().isEqualTo("server_errors");
        assertThat(causes).extracting(Finding::id).anyMatch(id -> id.startsWith("error_burst."));
        assertThat(causes).allSatisfy(f -> assertThat(f.explains()).isEmpty());
    }

    @Test
    void errorsFromEarlyOnToTheEndAreTheRunsErrorRateNotABurstThatExplainsIt() {
        // 8 of the endpoint's 10 calls a second fail from 0:40 to the end: a window of most of the run.
        RunFixture run = postsCreate(s -> s >= 40 ? 8 : 0, HTTP_503);

        List<Finding> causes = run.analyze().findings().stream()
                .filter(f -> f.category() == Category.ERRORS && f.severity() != Severity.INFO)
                .toList();

        assertThat(causes).extracting(Finding::id).first().isEqualTo("server_errors");
        assertThat(causes).allSatisfy(f -> assertThat(f.explains()).isEmpty());
    }

    @Test
    void aShortRunWideBurstStandsForTheLongerEndpointBurstItListsWhenItComesToExplainingServerErrors() {
        // posts: create (40 of every 100 calls) fails 4 calls a second from 1:40 to 3:20: 10 % of its calls, 4 % of
        // the run's responses. Only while the run's responses dip to 60 a second, at 2:30 for 4 s, is the run-wide
        // share hot: a 4 s run-wide burst of 16 errors lists the 100 s endpoint burst of 400, every server error.
        RunFixture run = endpoint(
                "posts: create",
                40,
                s -> 100,
                s -> s >= 150 && s < 154 ? 60 : 100,
                s -> s >= 100 && s < 200 ? 4 : 0,
                HTTP_503);

        List<Finding> causes = run.analyze().findings().stream()
                .filter(f -> f.category() == Category.ERRORS && f.severity() != Severity.INFO)
                .toList();

        assertThat(causes).extracting(Finding::id).containsExactly("error_burst.1", "server_errors");
        assertThat(causes.get(0).title()).isEqualTo("Error burst of 4 s with 16 errors");
        assertThat(causes.get(0).detail()).contains("Requests with their own error burst in it: posts: create.");
        assertThat(causes.get(1).severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void aBurstOf429sBesideScatteredServerErrorsExplainsNone() {
        // feed: list posts (20 of every 100 calls) is throttled, all its calls for 20 s (400 429s); posts: create
        // fails with 503 350 times over the run, 1.2 % of the requests and so a CRITICAL server-error share.
        RunFixture run = endpoint(
                "feed: list posts",
                20,
                s -> 100,
                s -> 100,
                s -> s >= 150 && s < 170 ? 20 : 0,
                "status.find.in(200), found 429");
        run.error(HTTP_503, "posts: create", 350);

        List<Finding> causes = run.analyze().findings().stream()
                .filter(f -> f.severity() != Severity.INFO && f.category() != Category.SLO)
                .toList();

        assertThat(causes).extracting(Finding::id).contains("server_errors", "rate_limit");
        assertThat(causes).allSatisfy(f -> assertThat(f.explains()).isEmpty());
        assertThat(causes).extracting(Finding::id).first().isNotEqualTo("error_burst.1");
    }
}
