package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.AnalysisRule;
import dev.stressgate.report.analysis.Category;
import dev.stressgate.report.analysis.ErrorCount;
import dev.stressgate.report.analysis.Evidence;
import dev.stressgate.report.analysis.Finding;
import dev.stressgate.report.analysis.MetricSeries;
import dev.stressgate.report.analysis.Quantities;
import dev.stressgate.report.analysis.RequestStats;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.ServerSeriesIds;
import dev.stressgate.report.analysis.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Lost WebSocket deliveries: client timeouts awaiting a frame on a flow the workload declares as WebSocket
 * ({@link DroppedFrameTimeouts}), one finding per such flow (its channel) with the count per request and its share of that request's
 * checks. They are delivery failures, never server errors. When the server's backpressure drop counter for the
 * channel moved, it explains them: the finding links that series and is INFO, since the backpressure finding already
 * carries the warning for the same cause. Otherwise the server did not say why and the finding is a WARNING.
 */
public final class LostDeliveriesRule implements AnalysisRule {

    @Override
    public String name() {
        return "lost_deliveries";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        Map<String, Map<String, Double>> byChannel = new TreeMap<>();
        for (ErrorCount e : context.input().errors()) {
            if (DroppedFrameTimeouts.isLostDelivery(e, context.input().workload())) {
                byChannel
                        .computeIfAbsent(
                                DroppedFrameTimeouts.channelOf(
                                        e.request(), context.input().workload()),
                                c -> new TreeMap<>())
                        .merge(e.request(), (double) e.count(), Double::sum);
            }
        }
        DroppedFrameTimeouts drops = new DroppedFrameTimeouts(context.input());
        List<Finding> findings = new ArrayList<>();
        byChannel.forEach(
                (channel, byRequest) -> findings.add(finding(channel, byRequest, drops.dropsOn(channel), context)));
        return findings;
    }

    private Finding finding(
            String channel, Map<String, Double> byRequest, Optional<MetricSeries> drops, RuleContext context) {
        double lost =
                byRequest.values().stream().mapToDouble(Double::doubleValue).sum();
        double checks = byRequest.keySet().stream()
                .map(r -> context.input().client().request(r))
                .flatMap(Optional::stream)
                .mapToLong(RequestStats::count)
                .sum();
        double lostPct = checks == 0 ? 0 : 100.0 * lost / checks;
        Map<String, Double> values = new LinkedHashMap<>(byRequest);
        values.put("lost", lost);
        values.put("lost_pct", lostPct);
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.wholeRun(
                "lost_deliveries." + channel + ".client", "gatling", List.copyOf(byRequest.keySet()), values));
        drops.ifPresent(s -> evidence.add(Evidence.wholeRun(
                "lost_deliveries." + channel + ".server",
                "metrics",
                List.of(s.ref()),
                Map.of("peak_drops_per_s", s.max().orElse(0)))));
        String counted = Quantities.plain(lost) + " awaited frames never arrived on "
                + String.join(", ", byRequest.keySet())
                + (checks == 0 ? "" : " (" + Quantities.pct(lostPct) + " of " + Quantities.plain(checks) + " checks)")
                + ", from " + DataSources.CLIENT + ".";
        String why = drops.map(s -> " The server's drop counter moved on this channel (" + s.ref() + ", "
                        + DataSources.metrics(context.input()) + "): backpressure dropped them; see its finding.")
                .orElse(" The server reported no backpressure drops for this channel"
                        + (context.input().series(ServerSeriesIds.WS_DROPS).isEmpty()
                                ? " (no drop counter was available)"
                                : "")
                        + ", so the frames were lost on the way or never sent.");
        return new Finding(
                name() + "." + channel,
                name(),
                Category.WEBSOCKET,
                drops.isPresent() ? Severity.INFO : Severity.WARNING,
                lostPct,
                "Lost WebSocket deliveries on " + channel + ": " + Quantities.plain(lost)
                        + (checks == 0 ? "" : " (" + Quantities.pct(lostPct) + ")"),
                counted + why,
                drops.isPresent()
                        ? "Fix the backpressure (send buffers, slow consumers, fan-out cost) and re-run."
                        : "Check the server's fan-out path for this channel (broadcast to every participant, errors "
                                + "swallowed while sending) and export a drop counter (sanctum_websocket_backpressure_drops_total).",
                evidence);
    }
}
