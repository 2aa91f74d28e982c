package dev.stressgate.report.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisEngineTest {

    @Test
    void healthyRunYieldsOnlyTheHealthyFinding() {
        Analysis analysis = RunFixture.healthy().analyze();

        assertThat(analysis.status()).isEqualTo(Status.HEALTHY);
        assertThat(analysis.findings()).extracting(Finding::id).containsExactly(AnalysisEngine.HEALTHY_ID);
        assertThat(analysis.slo()).extracting(SloResult::outcome).containsOnly(SloOutcome.PASS);
        assertThat(analysis.reasons()).containsExactly("All 4 SLOs met and no warning findings");
        assertThat(analysis.findings().get(0).evidence().get(0).values()).containsEntry("p95_ms", 120.0);
    }

    @Test
    void findingsAreRankedBySeverityThenScore() {
        RunFixture run = RunFixture.healthy();
        run.error("status 429 (expected 200)", "feed: list posts", 30);
        run.error("status 500 (expected 201)", "posts: create", 600);
        run.series("cpu", "percent", s -> s > 100 && s < 200 ? 97 : 40);

        Analysis analysis = run.analyze();

        assertThat(analysis.status()).isEqualTo(Status.CRITICAL);
        assertThat(analysis.findings()).extracting(Finding::id).startsWith(
                "slo_breach.global.error_rate_pct", "server_errors");
        assertThat(analysis.findings()).extracting(Finding::severity).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(analysis.findings()).extracting(Finding::id).contains("rate_limit", "cpu_saturation.cpu")
                .doesNotContain(AnalysisEngine.HEALTHY_ID);
    }

    @Test
    void evidenceIdsAreStableAcrossRuns() {
        RunFixture run = RunFixture.healthy();
        run.error("status 503 (expected 200)", "feed: list posts", 100);

        assertThat(run.analyze().evidenceIds()).isEqualTo(run.analyze().evidenceIds())
                .contains("slo.global.p95_ms", "server_errors.gatling");
    }
}
