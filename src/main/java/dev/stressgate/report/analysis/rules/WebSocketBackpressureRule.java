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

/** WebSocket messages dropped by server backpressure: any sample of the drop-rate series above zero. */
public final class WebSocketBackpressureRule implements AnalysisRule {

    @Override
    public String name() {
        return "ws_backpressure";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (MetricSeries series : context.input().series(ServerSeriesIds.WS_DROPS)) {
            List<MetricPoint> dropping = series.points().stream().filter(p -> p.value() > 0).toList();
            if (dropping.isEmpty()) {
                continue;
            }
            double peak = dropping.stream().mapToDouble(MetricPoint::value).max().orElseThrow();
            Map<String, Double> values = new LinkedHashMap<>();
            values.put("peak_per_s", peak);
            values.put("samples_with_drops", (double) dropping.size());
            Evidence evidence = new Evidence("server." + series.ref(), "metrics", List.of(series.ref()),
                    dropping.get(0).epochMs(), dropping.get(dropping.size() - 1).epochMs(), values);
            findings.add(new Finding(name() + "." + series.ref(), name(), Category.WEBSOCKET, Severity.WARNING, peak,
                    "WebSocket backpressure drops: up to " + Quantities.perSecond(peak),
                    "The server dropped WebSocket messages in " + dropping.size() + " samples (" + series.ref()
                            + "): slow consumers or a full send buffer.",
                    "Check the per-connection send buffer and the fan-out cost of chat/game broadcasts.",
                    List.of(evidence)));
        }
        return findings;
    }
}
