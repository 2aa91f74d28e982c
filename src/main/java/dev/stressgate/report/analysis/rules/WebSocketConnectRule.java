package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.AnalysisRule;
import dev.stressgate.report.analysis.Category;
import dev.stressgate.report.analysis.Evidence;
import dev.stressgate.report.analysis.Finding;
import dev.stressgate.report.analysis.MetricSeries;
import dev.stressgate.report.analysis.Quantities;
import dev.stressgate.report.analysis.RequestStats;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.ServerSeriesIds;
import dev.stressgate.report.analysis.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * WebSocket connect failures: KO on {@code <flow>: connect} requests of the flows the run's workload declares as
 * WebSocket flows, or rejected connections counted by the server.
 */
public final class WebSocketConnectRule implements AnalysisRule {

    @Override
    public String name() {
        return "ws_connect_failures";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        Map<String, Double> failed = new TreeMap<>();
        long attempts = 0;
        for (RequestStats r : context.input().client().requests()) {
            if (context.input().workload().isWebSocket(r.flow()) && r.name().endsWith(": connect")) {
                attempts += r.count();
                if (r.ko() > 0) {
                    failed.put(r.name(), (double) r.ko());
                }
            }
        }
        Map<String, Double> rejected = new TreeMap<>();
        for (MetricSeries s : context.input().series(ServerSeriesIds.WS_REJECTED)) {
            s.max().ifPresent(max -> {
                if (max > 0) {
                    rejected.put(s.ref(), max);
                }
            });
        }
        if (failed.isEmpty() && rejected.isEmpty()) {
            return List.of();
        }
        double failures =
                failed.values().stream().mapToDouble(Double::doubleValue).sum();
        double failPct = attempts == 0 ? 0 : 100.0 * failures / attempts;
        List<Evidence> evidence = new ArrayList<>();
        if (!failed.isEmpty()) {
            Map<String, Double> values = new TreeMap<>(failed);
            values.put("attempts", (double) attempts);
            values.put("failed_pct", failPct);
            evidence.add(Evidence.wholeRun("ws_connect.gatling", "gatling", List.copyOf(failed.keySet()), values));
        }
        if (!rejected.isEmpty()) {
            evidence.add(Evidence.wholeRun("ws_connect.server", "metrics", List.copyOf(rejected.keySet()), rejected));
        }
        return List.of(new Finding(
                name(),
                name(),
                Category.WEBSOCKET,
                Severity.WARNING,
                failPct,
                "WebSocket connect failures"
                        + (failed.isEmpty()
                                ? " (server rejected connections)"
                                : ": " + Quantities.pct(failPct) + " of connects"),
                (failed.isEmpty()
                                ? ""
                                : Quantities.plain(failures) + " of " + attempts + " WebSocket connects failed ("
                                        + String.join(", ", failed.keySet()) + "). ")
                        + (rejected.isEmpty()
                                ? ""
                                : "The server rejected connections (" + String.join(", ", rejected.keySet()) + ")."),
                "Check the server's WebSocket connection limit and the ticket/auth step before the upgrade.",
                evidence));
    }
}
