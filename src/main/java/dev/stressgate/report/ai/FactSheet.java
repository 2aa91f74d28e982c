package dev.stressgate.report.ai;

import dev.stressgate.report.analysis.Analysis;
import dev.stressgate.report.analysis.AnalysisInput;
import dev.stressgate.report.analysis.EndpointShare;
import dev.stressgate.report.analysis.Evidence;
import dev.stressgate.report.analysis.Finding;
import dev.stressgate.report.analysis.RequestStats;
import dev.stressgate.report.analysis.SloResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The numbers a model may state, by unit, taken from the data it was given: client stats (global, per request,
 * per group: mean/p50/p95/p99 in ms, error rate in %, rps), SLO measured values and limits, every evidence value
 * (typed by its name: {@code _ms}, {@code _pct}, {@code _rps}/{@code _per_s}, {@code _s}; other names, such as a
 * series peak in the series' own unit, count for any unit), and every number-with-unit in the deterministic
 * texts. A claim matches a fact of its unit within {@code max(absolute, 5% of the fact)} where absolute is 1 ms,
 * 0.5 s, 0.1 percentage points or 0.5/s; a claim in seconds also matches a millisecond fact / 1000.
 */
public final class FactSheet {

    static final double RELATIVE_TOLERANCE = 0.05;

    private final Map<NumberClaim.Unit, List<Double>> typed = new EnumMap<>(NumberClaim.Unit.class);
    private final List<Double> untyped = new ArrayList<>();

    public FactSheet(Analysis analysis, AnalysisInput input) {
        for (NumberClaim.Unit u : NumberClaim.Unit.values()) {
            typed.put(u, new ArrayList<>());
        }
        Stream.concat(
                        Stream.of(input.client().global()),
                        Stream.concat(input.client().requests().stream(), input.client().groups().stream()))
                .forEach(this::stats);
        for (SloResult r : analysis.slo()) {
            NumberClaim.Unit unit = unitOf(r.slo().metric().id());
            Stream.of(r.measured(), r.slo().max(), r.slo().min())
                    .filter(v -> v != null)
                    .forEach(v -> add(unit, v));
        }
        for (Finding f : analysis.findings()) {
            for (Evidence e : f.evidence()) {
                e.values().forEach((name, value) -> add(unitOf(name), value));
            }
            texts(f.title(), f.detail(), f.nextAction());
        }
        for (EndpointShare e : analysis.slowest()) {
            add(NumberClaim.Unit.PERCENT, e.sharePct());
        }
        analysis.reasons().forEach(this::texts);
    }

    private void stats(RequestStats s) {
        Stream.of(s.meanMs(), s.p50Ms(), s.p95Ms(), s.p99Ms()).forEach(v -> add(NumberClaim.Unit.MILLISECONDS, v));
        add(NumberClaim.Unit.PERCENT, s.errorRatePct());
        add(NumberClaim.Unit.PERCENT, 100 - s.errorRatePct());
        add(NumberClaim.Unit.PER_SECOND, s.rps());
    }

    private void texts(String... texts) {
        for (String text : texts) {
            NumberClaim.extract(text).forEach(c -> add(c.unit(), c.value()));
        }
    }

    private void add(NumberClaim.Unit unit, double value) {
        if (!Double.isFinite(value)) {
            return;
        }
        if (unit == null) {
            untyped.add(value);
        } else {
            typed.get(unit).add(value);
        }
    }

    private static NumberClaim.Unit unitOf(String name) {
        if (name.endsWith("_ms")) {
            return NumberClaim.Unit.MILLISECONDS;
        }
        if (name.endsWith("_pct")) {
            return NumberClaim.Unit.PERCENT;
        }
        if (name.endsWith("_rps") || name.endsWith("_per_s") || name.equals("rps")) {
            return NumberClaim.Unit.PER_SECOND;
        }
        if (name.endsWith("_s")) {
            return NumberClaim.Unit.SECONDS;
        }
        return null;
    }

    /** True when the claim matches a fact of its unit (or an untyped fact) within the tolerance. */
    public boolean supports(NumberClaim claim) {
        double absolute = switch (claim.unit()) {
            case MILLISECONDS -> 1;
            case SECONDS -> 0.5;
            case PERCENT -> 0.1;
            case PER_SECOND -> 0.5;
        };
        Stream<Double> candidates = Stream.concat(typed.get(claim.unit()).stream(), untyped.stream());
        if (claim.unit() == NumberClaim.Unit.SECONDS) {
            candidates = Stream.concat(
                    candidates,
                    typed.get(NumberClaim.Unit.MILLISECONDS).stream().map(v -> v / 1000));
        }
        return candidates.anyMatch(
                fact -> Math.abs(claim.value() - fact) <= Math.max(absolute, RELATIVE_TOLERANCE * Math.abs(fact)));
    }
}
