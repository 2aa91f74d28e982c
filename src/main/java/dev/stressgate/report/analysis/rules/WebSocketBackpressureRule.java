package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.AnalysisRule;
import dev.stressgate.report.analysis.Category;
import dev.stressgate.report.analysis.Evidence;
import dev.stressgate.report.analysis.Finding;
import dev.stressgate.report.analysis.MetricPoint;
import dev.stressgate.report.analysis.MetricSeries;
import dev.stressgate.report.analysis.Quantities;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.ServerSeriesIds;
import dev.stressgate.report.analysis.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * WebSocket messages dropped by server backpressure: any sample of the drop-rate series above zero. The client's lost
 * deliveries on the series' channel (on every channel when the counter has no channel label) are its client evidence.
 */
public final class WebSocketBackpressureRule implements AnalysisRule {

    @Override
    public String name() {
        return "ws_backpressure";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (MetricSeries series : context.input().series(ServerSeriesIds.WS_DROPS)) {
            List<MetricPoint> dropping =
                    series.points().stream().filter(p -> p.value() > 0).toList();
            if (dropping.isEmpty()) {
                continue;
            }
            double peak =
                    dropping.stream().mapToDouble(MetricPoint::value).max().orElseThrow();
            Map<String, Double> values = new LinkedHashMap<>();
            values.put("peak_per_s", peak);
            values.put("samples_with_drops", (double) dropping.size());
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(new Evidence(
                    "server." + series.ref(),
                    "metrics",
                    List.of(series.ref()),
                    dropping.get(0).epochMs(),
                    dropping.get(dropping.size() - 1).epochMs(),
                    values));
            String channel = series.labels().get("channel");
            Map<String, Double> timeouts = new TreeMap<>();
            context.input().errors().stream()
                    .filter(e -> DroppedFrameTimeouts.isLostDeliveryOn(
                            e, channel, context.input().workload()))
                    .forEach(e -> timeouts.merge(e.request(), (double) e.count(), Double::sum));
            double timedOut =
                    timeouts.values().stream().mapToDouble(Double::doubleValue).sum();
            if (!timeouts.isEmpty()) {
                Map<String, Double> clientValues = new LinkedHashMap<>(timeouts);
                clientValues.put("timeouts", timedOut);
                evidence.add(Evidence.wholeRun(
                        "ws_backpressure." + (channel == null ? "any" : channel) + ".client",
                        "gatling",
                        List.copyOf(timeouts.keySet()),
                        clientValues));
            }
            findings.add(new Finding(
                    name() + "." + series.ref(),
                    name(),
                    Category.WEBSOCKET,
                    Severity.WARNING,
                    peak,
                    "WebSocket backpressure drops: up to " + Quantities.perSecond(peak),
                    "The server dropped WebSocket messages in " + dropping.size() + " samples (" + series.ref()
                            + (channel == null ? ", a counter without a channel label" : "")
                            + ", " + DataSources.metrics(context.input()) + "): slow consumers or a full send buffer."
                            + (timeouts.isEmpty()
                                    ? ""
                                    : " The client timed out " + Quantities.plain(timedOut)
                                            + " times waiting for frames on " + String.join(", ", timeouts.keySet())
                                            + "."),
                    "Check the per-connection send buffer and the fan-out cost of chat/game broadcasts.",
                    evidence));
        }
        return findings;
    }
}
