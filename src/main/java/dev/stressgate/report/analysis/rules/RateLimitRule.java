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
 * Rate limiting, told apart from overload: 429s by endpoint from Gatling KO messages, the server's 429 counters and
 * status=429 log lines. WARNING: the limiter refused work on purpose, which is not a capacity failure.
 */
public final class RateLimitRule implements AnalysisRule {

    static final String UNATTRIBUTED = "(request not recorded)";

    @Override
    public String name() {
        return "rate_limit";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        AnalysisInput input = context.input();
        Map<String, Double> byRequest = new TreeMap<>();
        input.errors().stream()
                .filter(ErrorCount::isRateLimit)
                .forEach(e -> byRequest.merge(
                        e.request() == null ? UNATTRIBUTED : e.request(), (double) e.count(), Double::sum));
        Map<String, Double> serverPeaks = new TreeMap<>();
        for (MetricSeries s : input.series(ServerSeriesIds.HTTP_429)) {
            s.max().ifPresent(max -> {
                if (max > 0) {
                    serverPeaks.put(s.ref(), max);
                }
            });
        }
        Map<String, Double> logRoutes = new TreeMap<>();
        input.logs().rateLimitByRoute().forEach((route, n) -> {
            if (n > 0) {
                logRoutes.put(route, n.doubleValue());
            }
        });
        if (byRequest.isEmpty() && serverPeaks.isEmpty() && logRoutes.isEmpty()) {
            return List.of();
        }
        long total = input.client().global().count();
        double client429 =
                byRequest.values().stream().mapToDouble(Double::doubleValue).sum();
        double sharePct = total == 0 ? 0 : 100.0 * client429 / total;
        List<Evidence> evidence = new ArrayList<>();
        if (!byRequest.isEmpty()) {
            Map<String, Double> values = new LinkedHashMap<>(byRequest);
            values.put("total_429", client429);
            values.put("share_pct", sharePct);
            evidence.add(Evidence.wholeRun("rate_limit.gatling", "gatling", List.copyOf(byRequest.keySet()), values));
        }
        if (!serverPeaks.isEmpty()) {
            evidence.add(
                    Evidence.wholeRun("rate_limit.server", "metrics", List.copyOf(serverPeaks.keySet()), serverPeaks));
        }
        if (!logRoutes.isEmpty()) {
            evidence.add(Evidence.wholeRun("rate_limit.logs", "logs", List.copyOf(logRoutes.keySet()), logRoutes));
        }
        String where = !byRequest.isEmpty()
                ? String.join(", ", byRequest.keySet())
                : String.join(", ", !logRoutes.isEmpty() ? logRoutes.keySet() : serverPeaks.keySet());
        long serverErrors = ServerFailures.count(input.errors(), input.workload());
        return List.of(new Finding(
                name(),
                name(),
                Category.RATE_LIMIT,
                Severity.WARNING,
                sharePct,
                "Rate limiting (HTTP 429) on " + where,
                Quantities.plain(client429) + " requests (" + Quantities.pct(sharePct)
                        + " of all) were refused with 429 by "
                        + "the rate limiter"
                        + (serverErrors == 0
                                ? ", with no 5xx or timeouts: this is throttling, not overload."
                                : "; " + serverErrors + " 5xx/timeouts are reported separately as server errors.")
                        + DataSources.sentence(
                                input, !byRequest.isEmpty(), !serverPeaks.isEmpty(), !logRoutes.isEmpty()),
                "If the limit is intended, spread the virtual users over more accounts or lower their request rate; "
                        + "otherwise raise the limit for " + where + ".",
                evidence));
    }
}
