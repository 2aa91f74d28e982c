package dev.stressgate.report.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LatencyAndBaselineRulesTest {

    @Test
    void slowestEndpointsAreRankedWithTheirShareOfTotalTime() {
        RunFixture run = RunFixture.healthy();
        run.replaceRequest(new RequestStats("posts: create", 9_000, 0, 300, 200, 900, 1200, 30));

        Finding f = RuleFindings.of(run, "slow_endpoints").get(0);

        // total time = 12000*40 + 9000*300 + 3000*30 + 6000*20 = 3,390,000 ms; posts: create holds 2,700,000
        assertThat(RuleFindings.evidence(f, "latency.slowest").values())
                .containsEntry("posts: create.p95_ms", 900.0)
                .hasEntrySatisfying("posts: create.share_pct", v -> assertThat(v).isCloseTo(79.65, org.assertj.core.data.Offset.offset(0.01)));
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(run.analyze().slowest()).extracting(EndpointShare::name).first().isEqualTo("posts: create");
    }

    @Test
    void regressionBeyondToleranceFailsTheGateAndImprovementsAreReported() {
        RunFixture run = RunFixture.healthy();
        run.baseline = new Baseline("20261121T050000Z-medium", new ClientSnapshot(
                new RequestStats("global", 30_000, 0, 60, 50, 100, 150, 100),
                List.of(new RequestStats("feed: list posts", 12_000, 0, 40, 35, 60, 100, 40),
                        new RequestStats("posts: create", 9_000, 0, 80, 70, 200, 260, 30)),
                List.of()));

        Analysis analysis = run.analyze();

        Finding regressions = analysis.findings().stream().filter(f -> f.id().equals("baseline.regressions")).findFirst().orElseThrow();
        assertThat(regressions.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(regressions.evidence()).extracting(Evidence::id)
                .containsExactly("baseline.global.p95_ms", "baseline.feed: list posts.p95_ms");
        assertThat(RuleFindings.evidence(regressions, "baseline.global.p95_ms").values())
                .containsEntry("baseline", 100.0).containsEntry("current", 120.0).containsEntry("change_pct", 20.0);
        Finding improvements = analysis.findings().stream().filter(f -> f.id().equals("baseline.improvements")).findFirst().orElseThrow();
        assertThat(improvements.evidence()).extracting(Evidence::id).containsExactly("baseline.posts: create.p95_ms");
        assertThat(analysis.baseline().orElseThrow().failsGate()).isTrue();
        assertThat(analysis.failsGate()).isTrue();
    }

    @Test
    void regressionCanBeReportedWithoutFailingTheGate() {
        RunFixture run = RunFixture.healthy();
        run.baseline = new Baseline("b", new ClientSnapshot(new RequestStats("global", 30_000, 0, 60, 50, 100, 150, 100),
                List.of(), List.of()));
        AnalysisThresholds lenient = AnalysisThresholds.defaults()
                .withBaseline(new BaselineTolerance(10, 0.5, 10, false));

        Analysis analysis = AnalysisEngine.standard(lenient).analyze(run.input());

        assertThat(analysis.status()).isEqualTo(Status.WARNING);
        assertThat(analysis.baseline().orElseThrow().failsGate()).isFalse();
    }

    @Test
    void changesWithinToleranceAreSilent() {
        RunFixture run = RunFixture.healthy();
        run.baseline = new Baseline("b", new ClientSnapshot(new RequestStats("global", 30_000, 0, 60, 50, 115, 150, 105),
                List.of(), List.of()));

        assertThat(run.analyze().findings()).extracting(Finding::id).containsExactly(AnalysisEngine.HEALTHY_ID);
    }
}
