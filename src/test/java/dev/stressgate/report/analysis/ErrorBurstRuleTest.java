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
            assertThat(RuleFindings.evidence(f, "error_burst.1.server").refs()).containsExactly("db_latency_p95");
        });
    }

    @Test
    void scatteredSingleErrorsAreNoBurst() {
        RunFixture run = RunFixture.healthy().timeline(s -> 100, s -> 100, s -> s % 50 == 0 ? 1 : 0, s -> 120);

        assertThat(RuleFindings.of(run, "error_burst")).isEmpty();
    }
}
