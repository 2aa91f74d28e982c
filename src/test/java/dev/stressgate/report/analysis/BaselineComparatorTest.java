package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.profile.Slo;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineComparatorTest {

    private static RequestStats global(long count, long ko, double p95, double rps) {
        return new RequestStats(Slo.GLOBAL, count, ko, p95 / 2, p95 / 2, p95 / 2, p95, p95, p95, rps);
    }

    private static BaselineComparison compare(
            RequestStats before,
            LatencyDistributions beforeDist,
            RequestStats now,
            LatencyDistributions nowDist,
            BaselineTolerance tolerance) {
        return new BaselineComparator()
                .compare(
                        new ClientSnapshot(now, List.of(), List.of(), nowDist),
                        new Baseline("b", new ClientSnapshot(before, List.of(), List.of(), beforeDist)),
                        tolerance);
    }

    @Test
    void demoPairOf19SamplesWithP95From4To27MsIsNotARegression() {
        // make demo then make perf-gate a minute later: 19 sends each, one of them slow in the second run
        RequestStats before = global(19, 0, 4, 1);
        RequestStats now = global(19, 0, 27, 1);
        LatencyDistributions beforeDist =
                new Latencies().scope(Slo.GLOBAL, 3, 10, 4, 9).build();
        LatencyDistributions nowDist =
                new Latencies().scope(Slo.GLOBAL, 3, 11, 4, 7, 27, 1).build();

        BaselineComparison byDefault = compare(before, beforeDist, now, nowDist, BaselineTolerance.defaults());
        assertThat(byDefault.deltas()).isEmpty();
        assertThat(byDefault.notes())
                .singleElement()
                .asString()
                .contains("fewer than 30 responses")
                .contains("global (19 -> 19)");

        // even when 19 samples were allowed, one slow response out of 19 is within run-to-run noise
        BaselineTolerance few = new BaselineTolerance(10, 0.5, 10, 10, 0.01, true);
        assertThat(compare(before, beforeDist, now, nowDist, few).deltas()).isEmpty();
    }

    @Test
    void p95JumpCarriedByThreeOutliersOutOf40IsNoise() {
        RequestStats before = global(40, 0, 12, 2);
        RequestStats now = global(40, 0, 100, 2);
        BaselineComparison c = compare(
                before,
                new Latencies().scope(Slo.GLOBAL, 10, 37, 12, 3).build(),
                now,
                new Latencies().scope(Slo.GLOBAL, 10, 37, 100, 3).build(),
                BaselineTolerance.defaults());

        assertThat(c.deltas()).isEmpty();
        assertThat(c.notes()).isEmpty();
    }

    @Test
    void aRealShiftOnEnoughSamplesIsARegressionThatFailsTheGate() {
        RequestStats before = global(200, 0, 28, 10);
        RequestStats now = global(200, 0, 58, 10);
        BaselineComparison c = compare(
                before,
                new Latencies().uniform(Slo.GLOBAL, 10, 29, 200).build(),
                now,
                new Latencies().uniform(Slo.GLOBAL, 40, 59, 200).build(),
                BaselineTolerance.defaults());

        assertThat(c.regressions()).singleElement().satisfies(d -> {
            assertThat(d.evidenceId()).isEqualTo("baseline.global.p95_ms");
            assertThat(d.baseline()).isEqualTo(28);
            assertThat(d.current()).isEqualTo(58);
            assertThat(d.pValue()).isNotNull().isLessThan(1e-6);
        });
        assertThat(c.failsGate()).isTrue();
    }

    @Test
    void aRealSpeedUpIsAnImprovement() {
        BaselineComparison c = compare(
                global(200, 0, 58, 10),
                new Latencies().uniform(Slo.GLOBAL, 40, 59, 200).build(),
                global(200, 0, 28, 10),
                new Latencies().uniform(Slo.GLOBAL, 10, 29, 200).build(),
                BaselineTolerance.defaults());

        assertThat(c.regressions()).isEmpty();
        assertThat(c.improvements()).extracting(BaselineDelta::evidenceId).containsExactly("baseline.global.p95_ms");
    }

    @Test
    void aBaselineWithoutStoredDistributionsClaimsNoLatencyChangeAndSaysWhy() {
        BaselineComparison c = compare(
                global(200, 0, 28, 10),
                LatencyDistributions.none(),
                global(200, 0, 58, 10),
                new Latencies().uniform(Slo.GLOBAL, 40, 59, 200).build(),
                BaselineTolerance.defaults());

        assertThat(c.deltas()).isEmpty();
        assertThat(c.notes())
                .singleElement()
                .asString()
                .startsWith("latency not compared: baseline b's summary.json has no latency distributions");
    }

    @Test
    void errorRateMustRiseBeyondChance() {
        LatencyDistributions same = new Latencies().scope(Slo.GLOBAL, 20, 1000).build();
        // 1 KO in 40 (2.5 %) after 0 in 40: beyond the floors, but within chance
        LatencyDistributions same40 = new Latencies().scope(Slo.GLOBAL, 20, 40).build();
        assertThat(compare(global(40, 0, 20, 1), same40, global(40, 1, 20, 1), same40, BaselineTolerance.defaults())
                        .deltas())
                .isEmpty();

        BaselineComparison c =
                compare(global(1000, 0, 20, 10), same, global(1000, 50, 20, 10), same, BaselineTolerance.defaults());
        assertThat(c.regressions()).singleElement().satisfies(d -> {
            assertThat(d.metric()).isEqualTo("error_rate_pct");
            assertThat(d.current()).isEqualTo(5.0);
            assertThat(d.pValue()).isNotNull().isLessThan(0.01);
        });
        assertThat(c.failsGate()).isTrue();
    }

    @Test
    void aDayLongRunIsTestedOnABoundedSampleOfTheSameShape() {
        LatencyDistributions huge =
                new Latencies().scope(Slo.GLOBAL, 10, 3_000_000, 50, 1_000_000).build();

        double[] samples = huge.samples(Slo.GLOBAL).orElseThrow();

        assertThat(samples).hasSize(LatencyDistributions.MAX_SAMPLES);
        assertThat(java.util.Arrays.stream(samples).filter(v -> v == 50).count())
                .isEqualTo(LatencyDistributions.MAX_SAMPLES / 4);
        BaselineComparison c = compare(
                global(4_000_000, 0, 50, 1000),
                huge,
                global(4_000_000, 0, 80, 1000),
                new Latencies().scope(Slo.GLOBAL, 10, 3_000_000, 80, 1_000_000).build(),
                BaselineTolerance.defaults());
        assertThat(c.regressions()).extracting(BaselineDelta::evidenceId).containsExactly("baseline.global.p95_ms");
    }
}
