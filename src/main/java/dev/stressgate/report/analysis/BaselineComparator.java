package dev.stressgate.report.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares a run with its baseline globally and per request name present in both: p95 and error rate regress when
 * they grow, throughput (rps) regresses when it drops, each beyond {@link BaselineTolerance}.
 */
public final class BaselineComparator {

    public BaselineComparison compare(ClientSnapshot current, Baseline baseline, BaselineTolerance tolerance) {
        List<BaselineDelta> deltas = new ArrayList<>();
        compareScope(Slo.GLOBAL, current.global(), baseline.client().global(), tolerance, deltas);
        for (RequestStats now : current.requests()) {
            Optional<RequestStats> before = baseline.client().request(now.name());
            before.ifPresent(b -> compareScope(now.name(), now, b, tolerance, deltas));
        }
        return new BaselineComparison(baseline.runId(), tolerance, deltas);
    }

    private void compareScope(String scope, RequestStats now, RequestStats before, BaselineTolerance tolerance,
                              List<BaselineDelta> out) {
        if (now.count() == 0 || before.count() == 0) {
            return;
        }
        latency(scope, before.p95Ms(), now.p95Ms(), tolerance).ifPresent(out::add);
        errorRate(scope, before.errorRatePct(), now.errorRatePct(), tolerance).ifPresent(out::add);
        throughput(scope, before.rps(), now.rps(), tolerance).ifPresent(out::add);
    }

    private Optional<BaselineDelta> latency(String scope, double before, double now, BaselineTolerance t) {
        double change = changePct(before, now);
        if (Math.abs(now - before) < t.minLatencyMs() || Math.abs(change) < t.pct()) {
            return Optional.empty();
        }
        return Optional.of(new BaselineDelta(scope, "p95_ms", before, now, change, now > before));
    }

    private Optional<BaselineDelta> errorRate(String scope, double before, double now, BaselineTolerance t) {
        double change = changePct(before, now);
        if (Math.abs(now - before) < t.minErrorPctPoints() || Math.abs(change) < t.pct()) {
            return Optional.empty();
        }
        return Optional.of(new BaselineDelta(scope, "error_rate_pct", before, now, change, now > before));
    }

    private Optional<BaselineDelta> throughput(String scope, double before, double now, BaselineTolerance t) {
        double change = changePct(before, now);
        if (before == 0 || Math.abs(change) < t.pct()) {
            return Optional.empty();
        }
        return Optional.of(new BaselineDelta(scope, "rps", before, now, change, now < before));
    }

    private static double changePct(double before, double now) {
        if (before == 0) {
            return now == 0 ? 0 : 100.0;
        }
        return 100.0 * (now - before) / before;
    }
}
