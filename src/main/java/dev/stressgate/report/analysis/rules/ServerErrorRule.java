package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.AnalysisInput;
import dev.stressgate.report.analysis.AnalysisRule;
import dev.stressgate.report.analysis.Category;
import dev.stressgate.report.analysis.ErrorCount;
import dev.stressgate.report.analysis.Evidence;
import dev.stressgate.report.analysis.Finding;
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
 * Overload: 5xx responses and HTTP timeouts from Gatling KO messages, the server's 5xx counters and 5xx request log
 * lines. CRITICAL when the client saw at least {@code serverErrorCriticalPct} of requests fail this way, WARNING below.
 * Timeouts awaiting WebSocket frames are lost deliveries ({@link DroppedFrameTimeouts}, {@link LostDeliveriesRule}),
 * never server errors. The finding says which sources it rests on.
 */
public final class ServerErrorRule implements AnalysisRule {

    /** The rule's name and the id of its one finding. */
    public static final String ID = "server_errors";

    @Override
    public String name() {
        return ID;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        AnalysisInput input = context.input();
        Map<String, Double> byMessage = new TreeMap<>();
        Map<String, Double> byRequest = new TreeMap<>();
        for (ErrorCount e : input.errors()) {
            if (ServerFailures.is(e, input.workload())) {
                byMessage.merge(e.message(), (double) e.count(), Double::sum);
                byRequest.merge(
                        e.request() == null ? RateLimitRule.UNATTRIBUTED : e.request(),
                        (double) e.count(),
                        Double::sum);
            }
        }
        Map<String, Double> serverPeaks = new TreeMap<>();
        for (MetricSeries s : input.series(ServerSeriesIds.HTTP_5XX)) {
            s.max().ifPresent(max -> {
                if (max > 0) {
                    serverPeaks.put(s.ref(), max);
                }
            });
        }
        long logLines = input.logs().serverErrorLines();
        if (byMessage.isEmpty() && serverPeaks.isEmpty() && logLines == 0) {
            return List.of();
        }
        long total = input.client().global().count();
        double failed =
                byMessage.values().stream().mapToDouble(Double::doubleValue).sum();
        double pct = total == 0 ? 0 : 100.0 * failed / total;
        Severity severity = pct >= context.thresholds().serverErrorCriticalPct() ? Severity.CRITICAL : Severity.WARNING;
        List<Evidence> evidence = new ArrayList<>();
        if (!byMessage.isEmpty()) {
            Map<String, Double> values = new LinkedHashMap<>(byRequest);
            values.put("total_failed", failed);
            values.put("failed_pct", pct);
            List<String> refs = new ArrayList<>(byRequest.keySet());
            refs.addAll(byMessage.keySet());
            evidence.add(Evidence.wholeRun("server_errors.gatling", "gatling", refs, values));
        }
        if (!serverPeaks.isEmpty()) {
            evidence.add(Evidence.wholeRun(
                    "server_errors.server", "metrics", List.copyOf(serverPeaks.keySet()), serverPeaks));
        }
        if (logLines > 0) {
            evidence.add(Evidence.wholeRun(
                    "server_errors.logs", "logs", List.of("status 5xx"), Map.of("lines", (double) logLines)));
        }
        String title = byMessage.isEmpty()
                ? "Server errors (5xx) seen only by "
                        + (serverPeaks.isEmpty()
                                ? DataSources.LOGS
                                : logLines > 0
                                        ? DataSources.metrics(input) + " and " + DataSources.LOGS
                                        : DataSources.metrics(input))
                        + "; no client request failed with 5xx or a timeout"
                : "Server errors and timeouts: " + Quantities.pct(pct) + " of requests";
        String clientPart = byMessage.isEmpty()
                ? "No request of the load test failed with 5xx or a timeout"
                : Quantities.plain(failed) + " requests failed with 5xx or a timeout on "
                        + String.join(", ", byRequest.keySet());
        return List.of(new Finding(
                name(),
                name(),
                Category.ERRORS,
                severity,
                pct,
                title,
                clientPart
                        + (serverPeaks.isEmpty()
                                ? ""
                                : "; the server's 5xx share peaked at "
                                        + Quantities.pct(serverPeaks.values().stream()
                                                .mapToDouble(Double::doubleValue)
                                                .max()
                                                .orElse(0)))
                        + (logLines > 0 ? "; the server logged " + logLines + " request lines answered 5xx" : "")
                        + "." + DataSources.sentence(input, !byMessage.isEmpty(), !serverPeaks.isEmpty(), logLines > 0),
                "Read the server error log lines of the failing endpoints and check the resource findings for saturation.",
                evidence));
    }
}
