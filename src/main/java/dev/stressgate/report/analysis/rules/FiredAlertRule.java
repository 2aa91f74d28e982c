package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.AnalysisRule;
import dev.stressgate.report.analysis.Category;
import dev.stressgate.report.analysis.Evidence;
import dev.stressgate.report.analysis.Finding;
import dev.stressgate.report.analysis.Quantities;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.RunClock;
import dev.stressgate.report.analysis.Severity;
import dev.stressgate.report.sources.metrics.FiredAlert;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One finding per Prometheus alert series that fired during the run, with the severity its rule declares: CRITICAL
 * for {@code severity: critical} (so the gate fails), INFO for {@code info} or {@code none}, WARNING for anything
 * else, a missing severity included. The evidence window is when the alert was first and last seen firing.
 */
public final class FiredAlertRule implements AnalysisRule {

    private static final Comparator<FiredAlert> ORDER = Comparator.comparing(
                    FiredAlert::name, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(a -> identity(a).toString());

    @Override
    public String name() {
        return "fired_alert";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        return context.input().alerts().stream()
                .sorted(ORDER)
                .map(a -> finding(a, context.clock()))
                .toList();
    }

    private Finding finding(FiredAlert alert, RunClock clock) {
        String name = alert.name() == null ? "(unnamed)" : alert.name();
        String labels = identity(alert).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
        String declared = alert.severity() == null ? "no severity label" : "severity " + alert.severity();
        double firingSeconds = Math.max(0, alert.lastSeenMs() - alert.firstSeenMs()) / 1000.0;
        List<String> refs = new ArrayList<>();
        refs.add(name);
        alert.labels().forEach((key, value) -> refs.add(key + "=" + value));
        Evidence evidence = new Evidence(
                "alert." + name + labels,
                "metrics",
                refs,
                alert.firstSeenMs(),
                alert.lastSeenMs(),
                Map.of("firing_s", firingSeconds));
        return new Finding(
                name() + "." + name + labels,
                name(),
                Category.ALERT,
                severity(alert.severity()),
                firingSeconds,
                "Alert " + name + " fired (" + declared + ")",
                "Prometheus reported alert " + name + " " + labels + " firing "
                        + clock.window(alert.firstSeenMs(), alert.lastSeenMs())
                        + " (first and last evaluation seen firing in the run window, "
                        + Quantities.plain(firingSeconds) + " s apart).",
                "Read the alert rule's expression for " + name
                        + " and the findings of the same window; it would have paged in production under this load.",
                List.of(evidence));
    }

    /** The labels that tell one series of an alert from another, severity included, as Prometheus does. */
    private static Map<String, String> identity(FiredAlert alert) {
        Map<String, String> labels = new TreeMap<>(alert.labels());
        if (alert.severity() != null) {
            labels.put("severity", alert.severity());
        }
        return labels;
    }

    private static Severity severity(String declared) {
        if (declared == null) {
            return Severity.WARNING;
        }
        return switch (declared.toLowerCase(Locale.ROOT)) {
            case "critical" -> Severity.CRITICAL;
            case "info", "none" -> Severity.INFO;
            default -> Severity.WARNING;
        };
    }
}
