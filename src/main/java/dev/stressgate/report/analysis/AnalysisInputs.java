package dev.stressgate.report.analysis;

import dev.stressgate.profile.LoadProfile;
import dev.stressgate.report.gatling.RunSummary;
import dev.stressgate.report.sources.SourceStatus;
import dev.stressgate.report.sources.logs.LogEntry;
import dev.stressgate.report.sources.logs.LogReport;
import dev.stressgate.report.sources.metrics.MetricsReport;
import dev.stressgate.run.RunMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Assembles an {@link AnalysisInput} from the artifacts of a run: run.json, the run's profile (null when
 * profile.json was unusable: the run is then judged on no SLOs), summary.json, metrics.json and logs.json (a source
 * that produced nothing says so with backend {@code none}). Server series go through {@link ServerSeriesMapping},
 * which the rules depend on for their ids and units; the alerts Prometheus saw firing are passed on as they are.
 * The profile's kind and the workload (WebSocket flows, delivery requests) are read as declared, never guessed.
 */
public final class AnalysisInputs {

    private final ServerSeriesMapping mapping;

    public AnalysisInputs(ServerSeriesMapping mapping) {
        this.mapping = mapping;
    }

    public AnalysisInput assemble(
            RunMetadata run,
            LoadProfile profile,
            RunSummary summary,
            MetricsReport metrics,
            LogReport logs,
            Optional<Baseline> baseline) {
        long end = run.endEpochMs() != null ? run.endEpochMs() : summary.endEpochMs();
        String profileName = profile == null ? run.profile().name() : profile.name();
        RunInfo info = new RunInfo(
                run.runId(),
                profileName,
                profile == null ? null : profile.kind(),
                run.startEpochMs(),
                Math.max(run.startEpochMs(), end),
                run.abort());
        Map<String, SourceAvailability> sources = new LinkedHashMap<>();
        sources.put("gatling", new SourceAvailability("gatling", "simulation.log", true, summary.clientSourceDetail()));
        sources.put("metrics", health("metrics", metrics.source(), metrics.sources()));
        sources.put("logs", health("logs", logs.source(), logs.sources()));
        return new AnalysisInput(
                info,
                ClientSnapshots.of(summary),
                ClientSnapshots.timeline(summary),
                ClientSnapshots.errors(summary),
                mapping.map(metrics),
                digest(logs),
                profile == null ? List.of() : profile.effectiveSlos(),
                sources,
                baseline,
                metrics.alerts(),
                run.workload(),
                List.of());
    }

    private static SourceAvailability health(
            String name, String backend, List<dev.stressgate.report.sources.SourceHealth> consulted) {
        boolean available = backend != null && !"none".equals(backend);
        String notes = consulted.stream()
                .filter(h -> h.status() != SourceStatus.USED)
                .map(h -> h.name() + " " + h.status().jsonName() + (h.reason() == null ? "" : ": " + h.reason()))
                .collect(Collectors.joining("; "));
        return new SourceAvailability(name, backend, available, notes.isEmpty() ? null : notes);
    }

    private static LogDigest digest(LogReport logs) {
        var severity = logs.categories().severity();
        var rateLimit = logs.categories().rateLimit();
        Map<String, Long> byRoute = new LinkedHashMap<>();
        rateLimit.byRoute().forEach((route, n) -> byRoute.put(route, n.longValue()));
        List<LogExcerpt> excerpts = new ArrayList<>();
        severity.excerpts().forEach(e -> excerpts.add(excerpt(e, "severity")));
        rateLimit.excerpts().forEach(e -> excerpts.add(excerpt(e, "rate_limit")));
        return new LogDigest(
                Map.of("ERROR", (long) severity.errorCount(), "WARN", (long) severity.warnCount()),
                byRoute,
                severity.serverErrorCount(),
                excerpts);
    }

    private static LogExcerpt excerpt(LogEntry e, String category) {
        return new LogExcerpt(e.epochMs(), e.level(), category, e.line() != null ? e.line() : e.message());
    }
}
