package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.profile.SloMetric;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rate limiting told apart from overload. */
class ErrorRulesTest {

    @Test
    void rateLimitingIsReportedPerEndpointAndNotAsServerErrors() {
        RunFixture run = RunFixture.healthy();
        run.slos.removeIf(s -> s.metric() == SloMetric.ERROR_RATE_PCT);
        run.error("status 429 (expected 200)", "feed: list posts", 240);
        run.error("status 429 (expected 201)", "posts: create", 60);
        run.logs = new LogDigest(Map.of("WARN", 300L), Map.of("/api/feed", 240L, "/api/posts", 60L), 0, List.of());

        List<Finding> limits = RuleFindings.of(run, "rate_limit");

        assertThat(limits).hasSize(1);
        Finding f = limits.get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.title()).isEqualTo("Rate limiting (HTTP 429) on feed: list posts, posts: create");
        assertThat(f.detail()).contains("300 requests (1% of all)", "throttling, not overload");
        assertThat(RuleFindings.evidence(f, "rate_limit.gatling").values())
                .containsEntry("feed: list posts", 240.0)
                .containsEntry("posts: create", 60.0)
                .containsEntry("share_pct", 1.0);
        assertThat(RuleFindings.evidence(f, "rate_limit.logs").values()).containsEntry("/api/feed", 240.0);
        assertThat(RuleFindings.of(run, "server_errors")).isEmpty();
        assertThat(run.analyze().status()).isEqualTo(Status.WARNING);
    }

    @Test
    void serverCounterAloneRevealsRateLimiting() {
        RunFixture run = RunFixture.healthy().series("http_429_rate", "per_second", s -> s == 100 ? 4 : 0);

        assertThat(RuleFindings.of(run, "rate_limit"))
                .singleElement()
                .satisfies(f -> assertThat(
                                RuleFindings.evidence(f, "rate_limit.server").values())
                        .containsEntry("http_429_rate", 4.0));
    }

    @Test
    void serverErrorsBelowTheCriticalShareAreWarning() {
        RunFixture run = RunFixture.healthy();
        run.error("status 500 (expected 200)", "posts: create", 150);

        Finding f = RuleFindings.of(run, "server_errors").get(0);

        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.title()).isEqualTo("Server errors and timeouts: 0.5% of requests");
        assertThat(RuleFindings.evidence(f, "server_errors.gatling").values()).containsEntry("posts: create", 150.0);
    }

    @Test
    void serverErrorsAndTimeoutsAtTheCriticalShareAreCritical() {
        RunFixture run = RunFixture.healthy();
        run.slos.clear();
        run.error("status 503 (expected 200)", "feed: list posts", 200);
        run.error("Request timeout to 127.0.0.1/127.0.0.1:8375 after 60000 ms", "feed: list posts", 100);

        Finding f = RuleFindings.of(run, "server_errors").get(0);

        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(RuleFindings.evidence(f, "server_errors.gatling").values()).containsEntry("failed_pct", 1.0);
        assertThat(run.analyze().status()).isEqualTo(Status.CRITICAL);
    }

    @Test
    void otherKoMessagesAreNeitherRateLimitNorServerErrors() {
        RunFixture run = RunFixture.healthy();
        run.error("jsonPath($.id).find.exists, found nothing", "posts: create", 5);

        assertThat(RuleFindings.of(run, "rate_limit")).isEmpty();
        assertThat(RuleFindings.of(run, "server_errors")).isEmpty();
    }

    @Test
    void fiveServerErrorLinesWithoutAClientFailureSayTheyComeFromTheLogAlone() {
        RunFixture run = RunFixture.healthy();
        run.logs = new LogDigest(Map.of("ERROR", 5L), Map.of(), 5, List.of());

        Finding f = RuleFindings.of(run, "server_errors").get(0);

        assertThat(f.title())
                .isEqualTo(
                        "Server errors (5xx) seen only by the server log; no client request failed with 5xx or a timeout");
        assertThat(f.detail())
                .isEqualTo("No request of the load test failed with 5xx or a timeout; the server logged 5 "
                        + "request lines answered 5xx. Sources: the server log.");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
    }
}
