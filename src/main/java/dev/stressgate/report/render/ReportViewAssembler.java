package dev.stressgate.report.render;

import dev.stressgate.report.ai.AiAnalysis;
import dev.stressgate.report.ai.BaselineEntry;
import dev.stressgate.report.ai.DroppedPart;
import dev.stressgate.report.ai.Outcome;
import dev.stressgate.report.ai.ReportedFinding;
import dev.stressgate.report.ai.SloEntry;
import dev.stressgate.report.analysis.BaselineDelta;
import dev.stressgate.report.analysis.Category;
import dev.stressgate.report.analysis.Evidence;
import dev.stressgate.report.analysis.InjectorLoad;
import dev.stressgate.report.analysis.RunClock;
import dev.stressgate.report.analysis.Severity;
import dev.stressgate.report.analysis.SloOutcome;
import dev.stressgate.report.gatling.ErrorMessageCount;
import dev.stressgate.report.gatling.InjectorRun;
import dev.stressgate.report.gatling.ResponseStats;
import dev.stressgate.report.gatling.RunSummary;
import dev.stressgate.report.render.view.AiSectionView;
import dev.stressgate.report.render.view.BaselineRow;
import dev.stressgate.report.render.view.BaselineView;
import dev.stressgate.report.render.view.ChartView;
import dev.stressgate.report.render.view.CheckOutcome;
import dev.stressgate.report.render.view.CheckRow;
import dev.stressgate.report.render.view.DroppedItem;
import dev.stressgate.report.render.view.ErrorRow;
import dev.stressgate.report.render.view.FindingView;
import dev.stressgate.report.render.view.InjectorRow;
import dev.stressgate.report.render.view.InjectorsView;
import dev.stressgate.report.render.view.LatencyRow;
import dev.stressgate.report.render.view.LogExcerptRow;
import dev.stressgate.report.render.view.ReportView;
import dev.stressgate.report.render.view.RunHeaderView;
import dev.stressgate.report.render.view.SourceHealthRow;
import dev.stressgate.report.render.view.StatsRow;
import dev.stressgate.report.render.view.VerdictView;
import dev.stressgate.report.sources.SourceHealth;
import dev.stressgate.report.sources.logs.LogEntry;
import dev.stressgate.report.sources.logs.LogReport;
import dev.stressgate.report.sources.metrics.FiredAlert;
import dev.stressgate.report.sources.metrics.MetricsReport;
import dev.stressgate.run.RunMetadata;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the presentation model of one run from its artifacts. Everything shown is taken from the artifacts
 * (never from the clock), ordered deterministically, so the same artifacts always give the same report.
 */
public final class ReportViewAssembler {
    private static final String GROUP_SEPARATOR = " / ";
    /** Source status of an optional source nobody configured: neutral, not a fault. */
    private static final String NOT_CONFIGURED = "NOT CONFIGURED";
    /** Findings judged by a check of their own (SLOs, alerts, the baseline), so "no critical findings" skips them. */
    private static final Set<Category> HAVE_THEIR_OWN_CHECK =
            EnumSet.of(Category.SLO, Category.ALERT, Category.REGRESSION);

    private final TimelineCharts charts = new TimelineCharts();
    private final GatlingReportLink gatlingLink = new GatlingReportLink();

    /**
     * @param injectorLoads the injectors' self-samples (empty when the run has none), for the per-injector section
     */
    public ReportView assemble(
            Path runDir,
            RunMetadata run,
            RunSummary summary,
            MetricsReport metrics,
            LogReport logs,
            AiAnalysis ai,
            List<InjectorLoad> injectorLoads) {
        long start = run.startEpochMs();
        long end = run.endEpochMs() != null ? run.endEpochMs() : summary.endEpochMs();
        double durationSeconds = Math.max(1, (end - start) / 1000.0);
        RunHeaderView header = new RunHeaderView(
                run.runId(),
                run.profile().name(),
                run.simulation(),
                run.baseUrl(),
                Instant.ofEpochMilli(start).toString(),
                Instant.ofEpochMilli(end).toString(),
                durationSeconds,
                run.gatlingVersion(),
                run.gitCommit());
        VerdictView verdict = new VerdictView(
                ai.status().name(),
                ai.deterministicStatus().name(),
                ai.deterministicReasons(),
                ai.deterministicSummary(),
                ai.coverage() == null ? null : ai.coverage().headline(),
                modelAnalysis(ai));
        RunClock clock = new RunClock(start);
        return new ReportView(
                header,
                verdict,
                slos(ai),
                gateChecks(ai, metrics, clock),
                stats("All requests", summary.global()),
                summary.requests().stream().map(r -> stats(r.name(), r.stats())).toList(),
                summary.groups().stream()
                        .map(g -> stats(String.join(GROUP_SEPARATOR, g.path()), g.cumulatedResponseTime()))
                        .toList(),
                errors(summary),
                websocket(summary),
                durationSeconds,
                charts(start, durationSeconds, summary, metrics),
                sources(summary, metrics, logs, ai),
                logExcerpts(logs),
                findings(ai, clock),
                baseline(ai),
                aiSection(ai),
                gatlingLink.find(runDir).orElse(null),
                injectors(summary, injectorLoads),
                summary.realtime() == null ? List.of() : RealtimeSection.rows(summary.realtime()));
    }

    private static String cpu(InjectorLoad load) {
        if (load == null || load.meanCpuCores().isEmpty()) {
            return null;
        }
        String of = load.processors().isPresent() ? " of " + load.processors().getAsInt() + " cores" : " cores";
        return String.format(
                Locale.ROOT,
                "%.2f mean, %.2f peak%s",
                load.meanCpuCores().getAsDouble(),
                load.peakCpuCores().getAsDouble(),
                of);
    }

    private static String heapPeak(InjectorLoad load) {
        if (load == null || load.peakHeapBytes().isEmpty()) {
            return null;
        }
        return (load.peakHeapBytes().getAsLong() >> 20) + " MiB";
    }

    /** The per-injector section, with a headline naming every injector whose part is missing from the figures. */
    static InjectorsView injectors(RunSummary summary, List<InjectorLoad> injectorLoads) {
        if (summary.injectorRuns() == null) {
            return null;
        }
        Map<String, InjectorLoad> loads = new HashMap<>();
        injectorLoads.forEach(load -> loads.put(load.injector(), load));
        List<InjectorRow> rows = summary.injectorRuns().stream()
                .map(run -> new InjectorRow(
                        run.index(),
                        run.directory(),
                        run.status().name(),
                        run.plannedStartEpochMs() == null
                                ? null
                                : Instant.ofEpochMilli(run.plannedStartEpochMs())
                                        .toString(),
                        run.actualStartEpochMs() == null
                                ? null
                                : Instant.ofEpochMilli(run.actualStartEpochMs()).toString(),
                        run.startOffsetMs(),
                        run.startedOnTime(),
                        run.finished(),
                        run.requestStats() == null ? 0 : run.requestStats().count(),
                        run.requestStats() == null ? 0 : run.requestStats().ko(),
                        run.requestStats() == null || run.requestStats().count() == 0
                                ? null
                                : run.requestStats().p95Ms(),
                        cpu(loads.get(run.directory())),
                        heapPeak(loads.get(run.directory())),
                        run.note()))
                .toList();
        List<InjectorRun> failed =
                summary.injectorRuns().stream().filter(run -> !run.healthy()).toList();
        String headline = failed.isEmpty()
                ? null
                : (rows.size() - failed.size()) + " of " + rows.size() + " injectors delivered their part; "
                        + failed.stream()
                                .map(run -> "injector " + run.index() + " "
                                        + run.status()
                                                .name()
                                                .toLowerCase(Locale.ROOT)
                                                .replace('_', ' ') + " ("
                                        + run.note() + ")")
                                .collect(Collectors.joining("; "))
                        + ". Counts and percentiles cover only what the injectors recorded, not the planned load.";
        return new InjectorsView(headline, rows);
    }

    private List<ChartView> charts(long start, double durationSeconds, RunSummary summary, MetricsReport metrics) {
        List<ChartView> all = new ArrayList<>(charts.charts(start, durationSeconds, summary, metrics));
        if (summary.realtime() != null) {
            all.add(RealtimeSection.socketsChart(summary.realtime(), start));
        }
        return all;
    }

    private static StatsRow stats(String name, ResponseStats s) {
        return new StatsRow(
                name,
                s.count(),
                s.ok(),
                s.ko(),
                s.koPercent(),
                s.minMs(),
                s.meanMs(),
                s.p50Ms(),
                s.p75Ms(),
                s.p95Ms(),
                s.p99Ms(),
                s.maxMs(),
                s.meanRps());
    }

    private static List<CheckRow> slos(AiAnalysis ai) {
        return ai.slo().stream().map(ReportViewAssembler::sloRow).toList();
    }

    private static CheckRow sloRow(SloEntry slo) {
        String target = slo.max() != null
                ? "<= " + MetricUnits.format(slo.metric(), slo.max())
                : ">= " + MetricUnits.format(slo.metric(), slo.min());
        String measured = slo.measured() == null ? null : MetricUnits.format(slo.metric(), slo.measured());
        CheckOutcome outcome = switch (slo.outcome()) {
            case PASS -> CheckOutcome.PASS;
            case FAIL -> CheckOutcome.FAIL;
            case NO_DATA -> CheckOutcome.NO_DATA;
        };
        return new CheckRow(
                slo.metric() + " (" + slo.scope() + ")",
                target,
                measured,
                outcome,
                slo.outcome() == SloOutcome.PASS ? null : slo.note());
    }

    private static List<CheckRow> gateChecks(AiAnalysis ai, MetricsReport metrics, RunClock clock) {
        List<CheckRow> checks = new ArrayList<>();
        List<ReportedFinding> critical = ai.findings().stream()
                .filter(f -> ReportedFinding.RULES.equals(f.source()) && f.severity() == Severity.CRITICAL)
                .filter(f -> !HAVE_THEIR_OWN_CHECK.contains(f.category()))
                .toList();
        checks.add(new CheckRow(
                "no critical findings",
                "0 critical rule findings",
                critical.size() + " critical",
                critical.isEmpty() ? CheckOutcome.PASS : CheckOutcome.FAIL,
                critical.stream().map(ReportedFinding::title).collect(Collectors.joining("; "))));
        boolean alertsKnown = metrics.sources().stream()
                .anyMatch(h -> h.name().contains("alert") && h.status().delivered());
        List<FiredAlert> criticalAlerts = metrics.alerts().stream()
                .filter(a -> "critical".equalsIgnoreCase(a.severity()))
                .sorted(Comparator.comparing(FiredAlert::name)
                        .thenComparing(a -> a.labels().toString()))
                .toList();
        checks.add(new CheckRow(
                "no critical alerts",
                "0 firing",
                alertsKnown ? criticalAlerts.size() + " firing" : null,
                !alertsKnown ? CheckOutcome.NO_DATA : criticalAlerts.isEmpty() ? CheckOutcome.PASS : CheckOutcome.FAIL,
                alertsKnown
                        ? criticalAlerts.stream().map(a -> describe(a, clock)).collect(Collectors.joining("; "))
                        : "alerts come from Prometheus only, which had no data for this run"));
        BaselineEntry baseline = ai.baseline();
        if (baseline != null) {
            checks.add(new CheckRow(
                    "no regression vs " + baseline.baselineRunId(),
                    "within " + MetricUnits.number(baseline.tolerancePct()) + " %",
                    baseline.regressions().size() + " regression(s)",
                    baseline.failsGate() ? CheckOutcome.FAIL : CheckOutcome.PASS,
                    baseline.regressions().stream()
                            .map(ReportViewAssembler::describe)
                            .collect(Collectors.joining("; "))));
        }
        return checks;
    }

    private static String describe(FiredAlert a, RunClock clock) {
        return a.name() + (a.labels().isEmpty() ? "" : " " + a.labels()) + " firing "
                + clock.window(a.firstSeenMs(), a.lastSeenMs());
    }

    private static String describe(BaselineDelta d) {
        return d.scope() + " " + d.metric() + " " + MetricUnits.format(d.metric(), d.baseline()) + " -> "
                + MetricUnits.format(d.metric(), d.current());
    }

    private static List<ErrorRow> errors(RunSummary summary) {
        long total =
                summary.errors().stream().mapToLong(ErrorMessageCount::count).sum();
        return summary.errors().stream()
                .sorted(Comparator.comparingLong(ErrorMessageCount::count)
                        .reversed()
                        .thenComparing(ErrorMessageCount::message))
                .map(e -> new ErrorRow(e.message(), e.count(), total == 0 ? 0 : 100.0 * e.count() / total))
                .toList();
    }

    private static List<LatencyRow> websocket(RunSummary summary) {
        List<LatencyRow> rows = new ArrayList<>(websocketChecks(summary));
        if (summary.realtime() != null) {
            rows.addAll(RealtimeSection.latencyRows(summary.realtime()));
        }
        return rows;
    }

    private static List<LatencyRow> websocketChecks(RunSummary summary) {
        return summary.websocketRequests().stream()
                .map(r -> new LatencyRow(
                        r.name(),
                        r.stats().count(),
                        r.stats().p50Ms(),
                        r.stats().p95Ms(),
                        r.stats().p99Ms(),
                        r.stats().maxMs()))
                .toList();
    }

    private static List<SourceHealthRow> sources(
            RunSummary summary, MetricsReport metrics, LogReport logs, AiAnalysis ai) {
        List<SourceHealthRow> rows = new ArrayList<>();
        rows.add(new SourceHealthRow("gatling", "simulation.log", "OK", summary.clientSourceDetail()));
        metrics.sources().forEach(h -> rows.add(row("metrics", h)));
        logs.sources().forEach(h -> rows.add(row("logs", h)));
        Outcome outcome = ai.model().outcome();
        String status = switch (outcome) {
            case OK -> "OK";
            case DISABLED -> "OFF";
            case NOT_CONFIGURED -> NOT_CONFIGURED;
            default -> "DEGRADED";
        };
        rows.add(new SourceHealthRow(
                "ai",
                "ollama " + ai.model().name(),
                status,
                outcome.json()
                        + (ai.model().reason() == null ? "" : ": " + ai.model().reason())));
        return rows;
    }

    private static SourceHealthRow row(String area, SourceHealth health) {
        String status = switch (health.status()) {
            case USED -> "OK";
            case DEGRADED -> "DEGRADED";
            case UNAVAILABLE -> "MISSING";
            case NOT_CONFIGURED -> NOT_CONFIGURED;
        };
        return new SourceHealthRow(area, health.name(), status, health.reason());
    }

    private static List<LogExcerptRow> logExcerpts(LogReport logs) {
        if (logs.categories() == null) {
            return List.of();
        }
        record Tagged(LogEntry entry, String category) {}
        return Stream.concat(
                        logs.categories().severity().excerpts().stream().map(e -> new Tagged(e, "severity")),
                        logs.categories().rateLimit().excerpts().stream().map(e -> new Tagged(e, "rate_limit")))
                .sorted(Comparator.comparingLong((Tagged t) -> t.entry().epochMs())
                        .thenComparing(Tagged::category)
                        .thenComparing(t -> t.entry().line()))
                .map(t -> new LogExcerptRow(
                        Instant.ofEpochMilli(t.entry().epochMs()).toString(),
                        t.entry().level(),
                        t.category(),
                        t.entry().line()))
                .toList();
    }

    private static List<FindingView> findings(AiAnalysis ai, RunClock clock) {
        return ai.findings().stream()
                .map(f -> new FindingView(
                        f.severity() == null ? "MODEL" : f.severity().name(),
                        f.title(),
                        f.detail() == null
                                ? ""
                                : f.detail() + (f.nextAction() == null ? "" : " Next: " + f.nextAction()),
                        ReportedFinding.MODEL.equals(f.source()) ? "AI model" : "rule",
                        f.evidence().stream()
                                .map(id -> evidenceLine(id, ai.evidence().get(id), clock))
                                .toList()))
                .toList();
    }

    private static String evidenceLine(String id, Evidence evidence, RunClock clock) {
        if (evidence == null) {
            return id;
        }
        String values = new TreeMap<>(evidence.values())
                .entrySet().stream()
                        .map(e -> e.getKey() + " " + MetricUnits.number(e.getValue()))
                        .collect(Collectors.joining(", "));
        String window = evidence.fromMs() == null ? "" : " " + clock.window(evidence.fromMs(), evidence.toMs());
        return id + " (" + evidence.source() + window + ")" + (values.isEmpty() ? "" : ": " + values);
    }

    private static BaselineView baseline(AiAnalysis ai) {
        BaselineEntry b = ai.baseline();
        if (b == null) {
            return new BaselineView(
                    null,
                    List.of(),
                    "No baseline: no earlier reported run of profile " + ai.profile()
                            + " (same profile file) against this base URL beside this one, none given with --baseline <run dir>, "
                            + "or --no-baseline.");
        }
        List<BaselineRow> rows = Stream.concat(b.regressions().stream(), b.improvements().stream())
                .map(d -> new BaselineRow(
                        d.scope() + " " + d.metric(),
                        MetricUnits.format(d.metric(), d.baseline()),
                        MetricUnits.format(d.metric(), d.current()),
                        String.format(Locale.ROOT, "%+.1f %%", d.changePct()),
                        d.regression() ? "REGRESSION" : "IMPROVEMENT"))
                .toList();
        String note = "Listed: changes beyond " + MetricUnits.number(b.tolerancePct()) + " % that a significance test "
                + "tells apart from run-to-run noise" + (rows.isEmpty() ? "; there were none." : ".")
                + b.notes().stream().map(n -> " Note: " + n + ".").collect(Collectors.joining());
        return new BaselineView(b.baselineRunId(), rows, note);
    }

    /** The model's summary, labelled as its own, when it contributed one that differs from the rules' summary. */
    private static String modelAnalysis(AiAnalysis ai) {
        boolean modelSpoke = ai.model().outcome() == Outcome.OK
                && ai.summary() != null
                && !ai.summary().equals(ai.deterministicSummary());
        return modelSpoke ? "Model's analysis (" + ai.model().name() + "): " + ai.summary() : null;
    }

    private static AiSectionView aiSection(AiAnalysis ai) {
        boolean used = ai.model().outcome() == Outcome.OK;
        List<DroppedItem> dropped = ai.model().dropped().stream()
                .map((DroppedPart d) -> new DroppedItem(d.part(), d.reason()))
                .toList();
        String note = used
                ? null
                : ai.model().outcome().json()
                        + (ai.model().reason() == null ? "" : " (" + ai.model().reason() + ")");
        return used
                ? new AiSectionView(
                        true,
                        ai.model().name(),
                        ai.status().name(),
                        ai.summary(),
                        ai.confidence(),
                        ai.bottlenecks(),
                        ai.likelyCauses(),
                        ai.nextActions(),
                        dropped,
                        null)
                : new AiSectionView(
                        false, ai.model().name(), null, null, null, List.of(), List.of(), List.of(), dropped, note);
    }
}
