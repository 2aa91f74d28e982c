package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.profile.Slo;
import dev.stressgate.profile.SloMetric;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

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
    void diagnosticFindingsRankBySeverityThenScoreAheadOfSloBreachesAndInfo() {
        RunFixture run = RunFixture.healthy();
        run.error("status 429 (expected 200)", "feed: list posts", 30);
        run.error("status 500 (expected 201)", "posts: create", 600);
        run.series("cpu", "percent", s -> s > 100 && s < 200 ? 97 : 40);

        Analysis analysis = run.analyze();

        assertThat(analysis.status()).isEqualTo(Status.CRITICAL);
        assertThat(analysis.findings())
                .extracting(Finding::id)
                .startsWith("server_errors")
                .containsSubsequence("server_errors", "cpu_saturation.cpu", "slo_breach.global.error_rate_pct")
                .contains("rate_limit")
                .doesNotContain(AnalysisEngine.HEALTHY_ID);
        List<Finding> diagnostic = analysis.findings().stream()
                .takeWhile(f -> f.category() != Category.SLO)
                .toList();
        assertThat(diagnostic)
                .extracting(Finding::severity)
                .isSortedAccordingTo(Comparator.reverseOrder())
                .doesNotContain(Severity.INFO);
        assertThat(analysis.findings()
                        .subList(diagnostic.size(), analysis.findings().size()))
                .extracting(Finding::severity)
                .first()
                .isEqualTo(Severity.CRITICAL);
    }

    @Test
    void theDiagnosedCauseOutranksTheSloBreachItCausedAndTheRunStaysCritical() {
        RunFixture run = RunFixture.healthy();
        run.slos.set(0, new Slo(SloMetric.P95_MS, Slo.GLOBAL, 100));
        run.series("db_latency_p95", "ms", s -> s >= 60 ? 180 : 8);

        Analysis analysis = run.analyze();

        assertThat(analysis.findings())
                .extracting(Finding::id)
                .startsWith("db_latency.db_latency_p95", "slo_breach.global.p95_ms");
        assertThat(analysis.findings().get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(analysis.findings().get(1).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(analysis.status()).isEqualTo(Status.CRITICAL);
        assertThat(analysis.reasons())
                .first()
                .asString()
                .isEqualTo("SLO p95_ms (global) failed: 120 ms > max 100 ms [slo.global.p95_ms]");
        assertThat(analysis.reasons()).anyMatch(r -> r.endsWith("[db_latency.db_latency_p95]"));
    }

    @Test
    void infoFindingsComeAfterTheSloBreaches() {
        RunFixture run = RunFixture.healthy();
        run.slos.set(0, new Slo(SloMetric.P95_MS, Slo.GLOBAL, 100));
        run.replaceRequest(new RequestStats("posts: create", 9_000, 0, 300, 200, 200, 900, 1200, 1200, 30));

        Analysis analysis = run.analyze();

        assertThat(analysis.findings())
                .extracting(Finding::id)
                .containsExactly("slo_breach.global.p95_ms", "slow_endpoints");
        assertThat(analysis.findings().get(1).severity())
                .as("the slowest-endpoint ranking")
                .isEqualTo(Severity.INFO);
        assertThat(analysis.status()).isEqualTo(Status.CRITICAL);
    }

    @Test
    void evidenceIdsAreStableAcrossRuns() {
        RunFixture run = RunFixture.healthy();
        run.error("status 503 (expected 200)", "feed: list posts", 100);

        assertThat(run.analyze().evidenceIds())
                .isEqualTo(run.analyze().evidenceIds())
                .contains("slo.global.p95_ms", "server_errors.gatling");
    }
}
