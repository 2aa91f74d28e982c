package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.AnalysisRule;
import dev.stressgate.report.analysis.Category;
import dev.stressgate.report.analysis.EndpointShare;
import dev.stressgate.report.analysis.Evidence;
import dev.stressgate.report.analysis.Finding;
import dev.stressgate.report.analysis.Quantities;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The slowest endpoints ranked by p95 with their share of total time, reported (INFO: SLOs decide the verdict)
 * when at least one p95 reaches {@code slowEndpointP95Ms}.
 */
public final class SlowestEndpointsRule implements AnalysisRule {

    @Override
    public String name() {
        return "slow_endpoints";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        double threshold = context.thresholds().slowEndpointP95Ms();
        List<EndpointShare> slow =
                EndpointShare.slowest(
                                context.input().client(), context.thresholds().slowestTopN())
                        .stream()
                        .filter(e -> e.p95Ms() >= threshold)
                        .toList();
        if (slow.isEmpty()) {
            return List.of();
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (EndpointShare e : slow) {
            values.put(e.name() + ".p95_ms", e.p95Ms());
            values.put(e.name() + ".share_pct", e.sharePct());
        }
        Evidence evidence = Evidence.wholeRun(
                "latency.slowest",
                "gatling",
                slow.stream().map(EndpointShare::name).toList(),
                values);
        String ranking = slow.stream()
                .map(e -> e.name() + " p95 " + Quantities.ms(e.p95Ms()) + " (" + Quantities.pct(e.sharePct())
                        + " of total time)")
                .collect(Collectors.joining("; "));
        EndpointShare top = slow.get(0);
        return List.of(new Finding(
                name(),
                name(),
                Category.LATENCY,
                Severity.INFO,
                top.p95Ms() / threshold,
                "Slowest endpoint: " + top.name() + " (p95 " + Quantities.ms(top.p95Ms()) + ")",
                "Endpoints with p95 at or above " + Quantities.ms(threshold) + ": " + ranking + ".",
                "Start optimizing with the endpoint holding the largest share of total time.",
                List.of(evidence)));
    }
}
