package dev.stressgate.report.analysis;

import dev.stressgate.profile.Slo;
import dev.stressgate.report.sources.metrics.FiredAlert;
import dev.stressgate.run.Workload;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the deterministic analysis looks at, already read from the run directory, so rules can be tested on
 * crafted data without files.
 *
 * @param run      the run being judged
 * @param client   Gatling statistics of the run
 * @param timeline per-second client series
 * @param errors   KO messages with counts
 * @param server   server metric series (empty when no metrics source was available)
 * @param logs     log digest ({@link LogDigest#empty()} when no log source was available)
 * @param slos     SLOs of the run's profile
 * @param sources  health of each source by name
 * @param baseline client statistics of the baseline run, if any
 * @param alerts   Prometheus alerts that fired in the run window (empty when none fired or Prometheus was not
 *                 consulted; {@code sources} tells which)
 * @param workload the flows run.json declares: which are WebSocket flows, which request measures delivery
 *                 ({@link Workload#undeclared()} for a run.json without it: every flow counts as HTTP)
 * @param injectors what each load injector's own JVM used (empty for runs without {@code injector.jsonl})
 */
public record AnalysisInput(
        RunInfo run,
        ClientSnapshot client,
        List<SecondSample> timeline,
        List<ErrorCount> errors,
        List<MetricSeries> server,
        LogDigest logs,
        List<Slo> slos,
        Map<String, SourceAvailability> sources,
        Optional<Baseline> baseline,
        List<FiredAlert> alerts,
        Workload workload,
        List<InjectorLoad> injectors) {

    public AnalysisInput {
        injectors = List.copyOf(injectors);
        timeline = List.copyOf(timeline);
        errors = List.copyOf(errors);
        server = List.copyOf(server);
        slos = List.copyOf(slos);
        sources = Map.copyOf(sources);
        alerts = List.copyOf(alerts);
        workload = workload == null ? Workload.undeclared() : workload;
    }

    /** This input with the injectors' self-samples. */
    public AnalysisInput withInjectors(List<InjectorLoad> loads) {
        return new AnalysisInput(
                run, client, timeline, errors, server, logs, slos, sources, baseline, alerts, workload, loads);
    }

    public List<MetricSeries> series(String id) {
        return server.stream().filter(s -> s.id().equals(id)).toList();
    }

    public Optional<MetricSeries> firstSeries(String id) {
        return server.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
