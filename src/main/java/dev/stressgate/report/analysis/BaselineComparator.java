package dev.stressgate.report.analysis;

import dev.stressgate.profile.Slo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.FisherExactTest;
import org.apache.commons.statistics.inference.MannWhitneyUTest;

/**
 * Compares a run with its baseline globally and per request name present in both. A scope is compared only when
 * both runs have at least {@link BaselineTolerance#minSamples()} responses. Then:
 * <ul>
 *   <li>p95 changes when it moved beyond the relative and absolute floors <em>and</em> a one-sided Mann-Whitney U
 *       test on the two runs' whole latency distributions (from summary.json's HdrHistograms) says this run is
 *       slower (or faster) with a p-value below {@link BaselineTolerance#significance()}: one slow outlier among 19
 *       samples moves a p95 a lot and is still noise. Without a stored distribution on either side no latency
 *       change is claimed, and the comparison says why;</li>
 *   <li>the error rate changes beyond its floors and by a one-sided Fisher's exact test on the KO/OK counts;</li>
 *   <li>throughput (rps), one figure per run, changes beyond the relative floor (never gating).</li>
 * </ul>
 */
public final class BaselineComparator {

    public BaselineComparison compare(ClientSnapshot current, Baseline baseline, BaselineTolerance tolerance) {
        List<BaselineDelta> deltas = new ArrayList<>();
        List<String> tooFew = new ArrayList<>();
        Scopes scopes = new Scopes(current.distributions(), baseline.client().distributions(), tolerance);
        scopes.compare(Slo.GLOBAL, current.global(), baseline.client().global(), deltas, tooFew);
        for (RequestStats now : current.requests()) {
            Optional<RequestStats> before = baseline.client().request(now.name());
            before.ifPresent(b -> scopes.compare(now.name(), now, b, deltas, tooFew));
        }
        List<String> notes = new ArrayList<>();
        if (!baseline.client().distributions().has(Slo.GLOBAL)
                || !current.distributions().has(Slo.GLOBAL)) {
            notes.add("latency not compared: "
                    + (baseline.client().distributions().has(Slo.GLOBAL)
                            ? "this run's"
                            : "baseline " + baseline.runId() + "'s")
                    + " summary.json has no latency distributions (written by an older version), so no p95 change "
                    + "can be told apart from run-to-run noise");
        }
        if (!tooFew.isEmpty()) {
            notes.add(tooFew.size() + " scope(s) not compared, fewer than " + tolerance.minSamples()
                    + " responses in one of the runs: " + String.join(", ", tooFew));
        }
        return new BaselineComparison(baseline.runId(), tolerance, deltas, notes);
    }

    private record Scopes(LatencyDistributions now, LatencyDistributions before, BaselineTolerance tolerance) {

        void compare(
                String scope,
                RequestStats current,
                RequestStats baseline,
                List<BaselineDelta> out,
                List<String> tooFew) {
            if (current.count() < tolerance.minSamples() || baseline.count() < tolerance.minSamples()) {
                if (current.count() > 0 && baseline.count() > 0) {
                    tooFew.add(scope + " (" + baseline.count() + " -> " + current.count() + ")");
                }
                return;
            }
            latency(scope, baseline.p95Ms(), current.p95Ms()).ifPresent(out::add);
            errorRate(scope, baseline, current).ifPresent(out::add);
            throughput(scope, baseline.rps(), current.rps()).ifPresent(out::add);
        }

        private Optional<BaselineDelta> latency(String scope, double before, double now) {
            double change = changePct(before, now);
            if (Math.abs(now - before) < tolerance.minLatencyMs() || Math.abs(change) < tolerance.pct()) {
                return Optional.empty();
            }
            Optional<double[]> samplesNow = this.now.samples(scope);
            Optional<double[]> samplesBefore = this.before.samples(scope);
            if (samplesNow.isEmpty() || samplesBefore.isEmpty()) {
                return Optional.empty();
            }
            boolean slower = now > before;
            double p = MannWhitneyUTest.withDefaults()
                    .with(slower ? AlternativeHypothesis.GREATER_THAN : AlternativeHypothesis.LESS_THAN)
                    .test(samplesNow.get(), samplesBefore.get())
                    .getPValue();
            return p < tolerance.significance()
                    ? Optional.of(new BaselineDelta(scope, "p95_ms", before, now, change, slower, p))
                    : Optional.empty();
        }

        private Optional<BaselineDelta> errorRate(String scope, RequestStats before, RequestStats now) {
            double change = changePct(before.errorRatePct(), now.errorRatePct());
            if (Math.abs(now.errorRatePct() - before.errorRatePct()) < tolerance.minErrorPctPoints()
                    || Math.abs(change) < tolerance.pct()) {
                return Optional.empty();
            }
            boolean worse = now.errorRatePct() > before.errorRatePct();
            int[][] koOk = {
                {Math.toIntExact(now.ko()), Math.toIntExact(now.count() - now.ko())},
                {Math.toIntExact(before.ko()), Math.toIntExact(before.count() - before.ko())}
            };
            double p = FisherExactTest.withDefaults()
                    .with(worse ? AlternativeHypothesis.GREATER_THAN : AlternativeHypothesis.LESS_THAN)
                    .test(koOk)
                    .getPValue();
            return p < tolerance.significance()
                    ? Optional.of(new BaselineDelta(
                            scope, "error_rate_pct", before.errorRatePct(), now.errorRatePct(), change, worse, p))
                    : Optional.empty();
        }

        private Optional<BaselineDelta> throughput(String scope, double before, double now) {
            double change = changePct(before, now);
            if (before == 0 || Math.abs(change) < tolerance.pct()) {
                return Optional.empty();
            }
            return Optional.of(new BaselineDelta(scope, "rps", before, now, change, now < before, null));
        }
    }

    private static double changePct(double before, double now) {
        if (before == 0) {
            return now == 0 ? 0 : 100.0;
        }
        return 100.0 * (now - before) / before;
    }
}
