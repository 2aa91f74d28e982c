package dev.stressgate.report.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LatencyAndBaselineRulesTest {

    @Test
    void slowestEndpointsAreRankedWithTheirShareOfTotalTime() {
        RunFixture run = RunFixture.healthy();
        run.replaceRequest(new RequestStats("posts: create", 9_000, 0, 300, 200, 200, 900, 1200, 1200, 30));

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
                new RequestStats("global", 30_000, 0, 60, 50, 50, 100, 150, 150, 100),
                List.of(new RequestStats("feed: list posts", 12_000, 0, 40, 35, 35, 60, 100, 100, 40),
                        new RequestStats("posts: create", 9_000, 0, 80, 70, 70, 200, 260, 260, 30)),
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
        run.baseline = new Baseline("b", new ClientSnapshot(new RequestStats("global", 30_000, 0, 60, 50, 50, 100, 150, 150, 100),
                List.of(), List.of()));
        AnalysisThresholds lenient = AnalysisThresholds.defaults()
                .withBaseline(new BaselineTolerance(10, 0.5, 10, false));

        Analysis analysis = AnalysisEngine.standard(lenient).analyze(run.input());

        assertThat(analysis.status()).isEqualTo(Status.WARNING);
        assertThat(analysis.baseline().orElseThrow().failsGate()).isFalse();
    }

    @Test
    void perRequestAndThroughputRegressionsWarnButDoNotFailTheGate() {
        RunFixture run = RunFixture.healthy();
        // the fixture's run: global p95 120 ms at 100 rps, "feed: list posts" p95 90 ms
        run.baseline = new Baseline("b", new ClientSnapshot(
                new RequestStats("global", 30_000, 0, 60, 50, 50, 120, 180, 180, 200),
                List.of(new RequestStats("feed: list posts", 12_000, 0, 40, 35, 35, 45, 130, 130, 40)),
                List.of()));

        Analysis analysis = run.analyze();

        BaselineComparison comparison = analysis.baseline().orElseThrow();
        assertThat(comparison.regressions()).extracting(BaselineDelta::evidenceId)
                .containsExactlyInAnyOrder("baseline.global.rps", "baseline.feed: list posts.p95_ms");
        assertThat(comparison.failsGate()).isFalse();
        assertThat(analysis.failsGate()).isFalse();
        assertThat(analysis.findings()).filteredOn(f -> f.id().equals("baseline.regressions"))
                .extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(analysis.status()).isEqualTo(Status.WARNING);
    }

    @Test
    void changesWithinToleranceAreSilent() {
        RunFixture run = RunFixture.healthy();
        run.baseline = new Baseline("b", new ClientSnapshot(new RequestStats("global", 30_000, 0, 60, 50, 50, 115, 150, 150, 105),
                List.of(), List.of()));

        assertThat(run.analyze().findings()).extracting(Finding::id).containsExactly(AnalysisEngine.HEALTHY_ID);
    }
}
