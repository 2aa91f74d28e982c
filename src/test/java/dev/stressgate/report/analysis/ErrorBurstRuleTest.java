package dev.stressgate.report.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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
            assertThat(e.values()).containsEntry("errors", 180.0).containsEntry("duration_s", 10.0)
                    .containsEntry("peak_error_rate_pct", 20.0);
            assertThat(e.refs()).containsExactly("posts: create");
            // nine hot seconds (second 125 is quiet and only bridges the burst) of 100 responses each
            assertThat(f.detail()).startsWith(
                    "For 10 s, from 2:00 to 2:10 into the run (05:02:00–05:02:10 UTC), 180 of 900 responses failed");
            assertThat(RuleFindings.evidence(f, "error_burst.1.server").refs()).containsExactly("db_latency_p95");
        });
    }

    @Test
    void aBurstOfRateLimitsAloneIsInformationAndTheRateLimitFindingLeads() {
        RunFixture run = RunFixture.healthy()
                .timeline(s -> 100, s -> 100, s -> s >= 120 && s < 180 ? 50 : 0, s -> 120);
        run.error("status.find.in(200), found 429", "feed: list posts", 3000);

        Finding burst = RuleFindings.of(run, "error_burst").get(0);
        Analysis analysis = run.analyze();

        assertThat(burst.severity()).isEqualTo(Severity.INFO);
        assertThat(burst.detail()).contains("see the rate-limiting finding");
        assertThat(analysis.findings()).extracting(Finding::id).containsSubsequence("rate_limit", "error_burst.1");
    }

    @Test
    void aBurstWithServerErrorsBesideRateLimitsStaysAWarning() {
        RunFixture run = RunFixture.healthy()
                .timeline(s -> 100, s -> 100, s -> s >= 120 && s < 130 ? 20 : 0, s -> 120);
        run.error("status.find.in(200), found 429", "feed: list posts", 150);
        run.error("status.find.in(201), found 503", "posts: create", 50);

        assertThat(RuleFindings.of(run, "error_burst").get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void scatteredSingleErrorsAreNoBurst() {
        RunFixture run = RunFixture.healthy().timeline(s -> 100, s -> 100, s -> s % 50 == 0 ? 1 : 0, s -> 120);

        assertThat(RuleFindings.of(run, "error_burst")).isEmpty();
    }
}
