package dev.stressgate.report.pipeline;

import dev.stressgate.profile.LoadProfile;
import dev.stressgate.report.analysis.AnalysisInput;
import dev.stressgate.report.analysis.Baseline;
import dev.stressgate.report.analysis.ClientSnapshot;
import dev.stressgate.report.analysis.ErrorCount;
import dev.stressgate.report.analysis.LogDigest;
import dev.stressgate.report.analysis.LogExcerpt;
import dev.stressgate.report.analysis.MetricPoint;
import dev.stressgate.report.analysis.MetricSeries;
import dev.stressgate.report.analysis.RequestStats;
import dev.stressgate.report.analysis.RunInfo;
import dev.stressgate.report.analysis.SecondSample;
import dev.stressgate.report.analysis.Slo;
import dev.stressgate.report.analysis.SourceHealth;
import dev.stressgate.report.gatling.ResponseStats;
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
 * Turns the run's artifacts (run.json, the profile, summary.json, metrics.json, logs.json) into the analysis
 * input. Requests keep their Gatling names; groups are named by their path joined with " / " (the flows are
 * top-level groups, so a flow's group is named after the flow).
 */
final class AnalysisInputAssembler {
  static final String GROUP_SEPARATOR = " / ";

  AnalysisInput assemble(RunMetadata run, long endEpochMs, LoadProfile profile, RunSummary summary,
      MetricsReport metrics, LogReport logs, Optional<Baseline> baseline) {
    String profileName = profile == null ? run.profile().name() : profile.name();
    RunInfo info = new RunInfo(run.runId(), profileName, profileName, run.startEpochMs(), endEpochMs);
    return new AnalysisInput(info, client(summary), timeline(summary), errors(summary), server(metrics), digest(logs),
        slos(profile), sources(summary, metrics, logs), baseline);
  }

  static ClientSnapshot client(RunSummary summary) {
    List<RequestStats> requests = summary.requests().stream().map(r -> stats(r.name(), r.stats())).toList();
    List<RequestStats> groups = summary.groups().stream()
        .map(g -> stats(String.join(GROUP_SEPARATOR, g.path()), g.cumulatedResponseTime())).toList();
    return new ClientSnapshot(stats(Slo.GLOBAL, summary.global()), requests, groups);
  }

  private static RequestStats stats(String name, ResponseStats s) {
    return new RequestStats(name, s.count(), s.ko(), s.meanMs(), s.p50Ms(), s.p95Ms(), s.p99Ms(), s.meanRps());
  }

  private static List<SecondSample> timeline(RunSummary summary) {
    return summary.seconds().stream().map(b -> new SecondSample(b.epochMs(), b.requests(), b.responses(), b.errors(),
        b.activeUsers(), b.p95Ms() == null ? Double.NaN : b.p95Ms())).toList();
  }

  private static List<ErrorCount> errors(RunSummary summary) {
    List<ErrorCount> errors = new ArrayList<>();
    for (var error : summary.errors()) {
      if (error.requests().isEmpty()) {
        errors.add(new ErrorCount(error.message(), null, error.count()));
      } else {
        error.requests().forEach(source -> errors.add(new ErrorCount(error.message(), source.name(), source.count())));
      }
    }
    return errors;
  }

  private static List<MetricSeries> server(MetricsReport metrics) {
    return metrics.series().stream()
        .flatMap(series -> series.lines().stream().map(line -> new MetricSeries(series.id(), series.title(),
            series.unit(), line.labels(),
            line.points().stream().map(p -> new MetricPoint(p.epochMs(), p.value())).toList())))
        .toList();
  }

  private static LogDigest digest(LogReport logs) {
    if (logs.categories() == null) {
      return LogDigest.empty();
    }
    var severity = logs.categories().severity();
    var rateLimit = logs.categories().rateLimit();
    Map<String, Long> severityCounts = new LinkedHashMap<>();
    severityCounts.put("ERROR", (long) severity.errorCount());
    severityCounts.put("WARN", (long) severity.warnCount());
    Map<String, Long> rateLimitByRoute = rateLimit.byRoute().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().longValue()));
    List<LogExcerpt> excerpts = new ArrayList<>();
    severity.excerpts().forEach(e -> excerpts.add(excerpt(e, "severity")));
    rateLimit.excerpts().forEach(e -> excerpts.add(excerpt(e, "rate_limit")));
    long serverErrorLines = severity.excerpts().stream()
        .filter(e -> e.status() != null && e.status() >= 500 && e.status() <= 599).count();
    return new LogDigest(severityCounts, rateLimitByRoute, serverErrorLines, excerpts);
  }

  private static LogExcerpt excerpt(LogEntry entry, String category) {
    return new LogExcerpt(entry.epochMs(), entry.level(), category, entry.line());
  }

  private static List<Slo> slos(LoadProfile profile) {
    if (profile == null) {
      return List.of();
    }
    return profile.effectiveSlos().stream()
        .map(s -> s.metric().upperBound()
            ? Slo.max(s.metric().id(), s.scope(), s.threshold())
            : Slo.min(s.metric().id(), s.scope(), s.threshold()))
        .toList();
  }

  private static Map<String, SourceHealth> sources(RunSummary summary, MetricsReport metrics, LogReport logs) {
    Map<String, SourceHealth> sources = new LinkedHashMap<>();
    sources.put("gatling", new SourceHealth("gatling", "simulation.log", true,
        summary.global().count() + " requests from " + summary.injectors().size() + " simulation.log file(s)"));
    sources.put("metrics", new SourceHealth("metrics", metrics.source(), !"none".equals(metrics.source()),
        problems(metrics.sources())));
    sources.put("logs", new SourceHealth("logs", logs.source(), !"none".equals(logs.source()),
        problems(logs.sources())));
    return sources;
  }

  private static String problems(List<dev.stressgate.report.sources.SourceHealth> health) {
    String text = health.stream().filter(h -> h.status() != SourceStatus.USED)
        .map(h -> h.name() + ": " + h.reason()).collect(Collectors.joining("; "));
    return text.isEmpty() ? null : text;
  }
}
