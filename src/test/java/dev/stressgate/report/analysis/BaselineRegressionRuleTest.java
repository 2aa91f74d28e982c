package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.profile.Slo;
import dev.stressgate.report.analysis.rules.BaselineRegressionRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaselineRegressionRuleTest {

    /** The fixture's run (global p95 120 ms, feed p95 90 ms, posts: create p95 150 ms) with its distributions. */
    private static RunFixture slowerThanBaseline() {
        RunFixture run = RunFixture.healthy();
        run.distributions = new Latencies()
                .scope(Slo.GLOBAL, 60, 28_000, 120, 2_000)
                .scope("feed: list posts", 35, 11_000, 90, 1_000)
                .scope("posts: create", 70, 8_000, 150, 1_000)
                .build();
        run.baseline = new Baseline(
                "20261121T050000Z-medium",
                new ClientSnapshot(
                        new RequestStats("global", 30_000, 0, 60, 50, 50, 100, 150, 150, 100),
                        List.of(
                                new RequestStats("feed: list posts", 12_000, 0, 40, 35, 35, 60, 100, 100, 40),
                                new RequestStats("posts: create", 9_000, 0, 80, 70, 70, 200, 260, 260, 30)),
                        List.of(),
                        new Latencies()
                                .scope(Slo.GLOBAL, 50, 28_000, 100, 2_000)
                                .scope("feed: list posts", 30, 11_000, 60, 1_000)
                                .scope("posts: create", 80, 8_000, 200, 1_000)
                                .build()));
        return run;
    }

    @Test
    void significantRegressionFailsTheGateAndImprovementsAreReported() {
        Analysis analysis = slowerThanBaseline().analyze();

        Finding regressions = finding(analysis, "baseline.regressions");
        assertThat(regressions.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(regressions.evidence())
                .extracting(Evidence::id)
                .containsExactly("baseline.global.p95_ms", "baseline.feed: list posts.p95_ms");
        assertThat(RuleFindings.evidence(regressions, "baseline.global.p95_ms").values())
                .containsEntry("baseline", 100.0)
                .containsEntry("current", 120.0)
                .containsEntry("change_pct", 20.0)
                .hasEntrySatisfying("p_value", p -> assertThat(p).isLessThan(0.01));
        assertThat(regressions.detail()).contains("global p95_ms 100 ms -> 120 ms (+20%, p < 0.0001)");
        assertThat(finding(analysis, "baseline.improvements").evidence())
                .extracting(Evidence::id)
                .containsExactly("baseline.posts: create.p95_ms");
        assertThat(analysis.failsGate()).isTrue();
    }

    @Test
    void regressionCanBeReportedWithoutFailingTheGate() {
        AnalysisThresholds lenient = AnalysisThresholds.defaults()
                .withBaseline(BaselineTolerance.defaults().reportOnly());

        Analysis analysis =
                AnalysisEngine.standard(lenient).analyze(slowerThanBaseline().input());

        assertThat(analysis.status()).isEqualTo(Status.WARNING);
        assertThat(analysis.baseline().orElseThrow().failsGate()).isFalse();
    }

    @Test
    void aRegressionIsASymptomRankedAfterEveryCause() {
        AnalysisRule cause = new AnalysisRule() {
            @Override
            public String name() {
                return "slow_database";
            }

            @Override
            public List<Finding> evaluate(RuleContext context) {
                return List.of(new Finding(
                        "db.slow",
                        name(),
                        Category.RESOURCE,
                        Severity.WARNING,
                        1,
                        "Slow database",
                        "detail",
                        "act",
                        List.of(Evidence.wholeRun("db", "metrics", List.of(), Map.of("p95_ms", 80.0)))));
            }
        };
        Analysis analysis = new AnalysisEngine(
                        List.of(new BaselineRegressionRule(), cause), AnalysisThresholds.defaults())
                .analyze(slowerThanBaseline().input());

        assertThat(analysis.findings())
                .extracting(Finding::id)
                .containsExactly("db.slow", "baseline.regressions", "baseline.improvements");
        assertThat(analysis.status()).isEqualTo(Status.CRITICAL);
    }

    @Test
    void changesWithinToleranceAreSilent() {
        RunFixture run = RunFixture.healthy();
        run.distributions =
                new Latencies().scope(Slo.GLOBAL, 60, 28_000, 120, 2_000).build();
        run.baseline = new Baseline(
                "b",
                new ClientSnapshot(
                        new RequestStats("global", 30_000, 0, 60, 50, 50, 115, 150, 150, 105),
                        List.of(),
                        List.of(),
                        new Latencies()
                                .scope(Slo.GLOBAL, 60, 28_000, 115, 2_000)
                                .build()));

        assertThat(run.analyze().findings()).extracting(Finding::id).containsExactly(AnalysisEngine.HEALTHY_ID);
    }

    private static Finding finding(Analysis analysis, String id) {
        return analysis.findings().stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
