package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.AnalysisRule;
import dev.stressgate.report.analysis.Category;
import dev.stressgate.report.analysis.Evidence;
import dev.stressgate.report.analysis.Finding;
import dev.stressgate.report.analysis.MetricPoint;
import dev.stressgate.report.analysis.MetricSeries;
import dev.stressgate.report.analysis.Quantities;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.SecondSample;
import dev.stressgate.report.analysis.ServerSeriesIds;
import dev.stressgate.report.analysis.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A server out of CPU, three ways, from the strongest evidence to the weakest:
 * <ol>
 *   <li>process CPU at or above {@code cpuSaturationPct} of the server's cores ({@code SERVER_CORES}), sustained;</li>
 *   <li>process CPU pinned at a whole number of cores below that: at least {@value #MIN_PLATEAU_SAMPLES}
 *       consecutive samples within {@value #BELOW_CORE} below to {@value #ABOVE_CORE} above {@code k} cores, and no
 *       sample of the run above that band, while the same samples stay under {@code cpuSaturationPct}; and the
 *       client felt it: the median p95 of its seconds during the plateau is at least {@code kneeLatencyFactor} times
 *       (and {@code kneeMinLatencyIncreaseMs} above) that of the seconds before it. That is the ceiling of a runtime
 *       that runs requests on {@code k} threads, e.g. Node.js at 1.0 core on any machine; a server that merely
 *       happens to use about one core at a steady load is not saturated;</li>
 *   <li>without any CPU series, the queueing signature: the client's p95 over the last third of the run's
 *       seconds with responses at least {@code kneeLatencyFactor} times (and {@code kneeMinLatencyIncreaseMs}
 *       above) that of the first third, while the server's own HTTP p95 over the same thirds rose by at most
 *       {@value #FLAT_SERVER_FACTOR}× — time is lost before the handler starts, in the accept queue or event loop.
 *       The finding says CPU data was missing.</li>
 * </ol>
 * And a fourth, where the target shares the injector's host: that host out of CPU with the target using most of it
 * ({@link SharedHostCpu}). Every finding of this rule then explains the injector's "host out of CPU" finding, so the
 * target's saturation ranks before it ({@link Finding#explains()}): the injector only lost the CPU the target took.
 * A finding also explains {@code db_latency} when the target answered its own metrics endpoint slowly over the
 * finding's stretch ({@link SlowMetricsEndpoint}): a process that waits for a CPU, or for Python's GIL, times its
 * database calls slow too.
 */
public final class CpuSaturationRule implements AnalysisRule {

    static final double BELOW_CORE = 0.12;
    static final double ABOVE_CORE = 0.25;
    static final int MIN_PLATEAU_SAMPLES = 5;
    static final double FLAT_SERVER_FACTOR = 1.3;
    static final double CLEARLY_BELOW = 0.25;
    private static final String QUEUEING_ID = "queueing";
    private static final String SHARED_HOST_ID = "shared_host";

    @Override
    public String name() {
        return "cpu_saturation";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<MetricSeries> percent = context.input().series(ServerSeriesIds.CPU);
        List<MetricSeries> cores = context.input().series(ServerSeriesIds.CPU_CORES);
        List<Finding> findings = new ArrayList<>();
        double threshold = context.thresholds().cpuSaturationPct();
        for (MetricSeries series : percent) {
            SustainedExcess.longest(series, threshold, context.thresholds().sustainedSamples())
                    .ifPresent(e -> findings.add(ofAllCores(series, e, threshold, context)));
        }
        if (findings.isEmpty()) {
            for (MetricSeries series : cores) {
                plateau(series, percent, threshold)
                        .flatMap(p -> withSlowerClient(series, p, context))
                        .ifPresent(p -> findings.add(ofPinnedCores(series, p, context)));
            }
        }
        if (findings.isEmpty()) {
            UnansweredScrapes.during(context).ifPresent(u -> findings.add(ofUnanswered(u, context)));
        }
        Optional<SharedHostCpu> sharedHost = SharedHostCpu.of(context, cores);
        if (findings.isEmpty()) {
            sharedHost.ifPresent(h -> findings.add(ofSharedHost(cores, h, context)));
        }
        if (findings.isEmpty() && percent.isEmpty() && cores.isEmpty()) {
            queueingSignature(context).ifPresent(findings::add);
        }
        return findings.stream()
                .map(f -> f.explaining(explained(f, sharedHost, context)))
                .toList();
    }

    /**
     * What a finding of this rule accounts for: the injector's "host out of CPU" when the target took most of that
     * host, and {@code db_latency} when the target also answered its own metrics endpoint slowly over the finding's
     * stretch: a process that waits for a CPU times its database calls slow too (the thread resumes late after the
     * query returned), while a slow database next to a busy but responsive process stays a cause of its own.
     */
    private static List<String> explained(Finding f, Optional<SharedHostCpu> sharedHost, RuleContext context) {
        List<String> explained = new ArrayList<>();
        Evidence first = f.evidence().get(0);
        if (SlowMetricsEndpoint.during(context, first.fromMs(), first.toMs()).isPresent()) {
            explained.add(DatabaseLatencyRule.NAME);
        }
        sharedHost.ifPresent(h -> explained.addAll(h.hostFindings()));
        return explained;
    }

    private Finding ofSharedHost(List<MetricSeries> cores, SharedHostCpu h, RuleContext context) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("target_cores", h.targetCores());
        values.put("injector_cores", h.injectorCores());
        values.put("host_busy_pct", h.stretch().mean());
        values.put("host_cores", (double) h.hostCores());
        List<String> refs = cores.stream().map(MetricSeries::ref).toList();
        String title = "Server CPU saturated on a host it shared with the injector: it used "
                + Quantities.plain(h.targetCores()) + " of " + Quantities.plain(h.busyCores()) + " busy cores";
        return new Finding(
                name() + "." + SHARED_HOST_ID,
                name(),
                Category.RESOURCE,
                Severity.WARNING,
                h.targetCores() / Math.max(h.busyCores(), 1e-9),
                title,
                "The host was " + Quantities.pct(h.stretch().mean()) + " busy (of " + h.hostCores()
                        + (h.hostCores() == 1 ? " core" : " cores") + ") in "
                        + h.stretch().describe(context)
                        + ", and the target's process used " + Quantities.plain(h.targetCores()) + " cores of it, the "
                        + "injector " + Quantities.plain(h.injectorCores()) + ": the target wanted more CPU than the "
                        + "host had left for it, so its requests waited for a CPU. It runs on the injector's host (its "
                        + "base URL is a loopback address), so the cores it could reach were the host's minus the "
                        + "injector's and its CPU need not reach a whole core or "
                        + Quantities.pct(context.thresholds().cpuSaturationPct()) + " of SERVER_CORES. Sources: "
                        + DataSources.metrics(context.input()) + " and " + DataSources.INJECTOR + ".",
                "Profile the target's CPU under this load (a CPU flame graph); to measure its capacity, run it on a "
                        + "host of its own, or the injector elsewhere, and re-run.",
                List.of(
                        new Evidence(
                                "server." + SHARED_HOST_ID,
                                "metrics",
                                refs,
                                h.stretch().fromMs(),
                                h.stretch().toMs(),
                                values),
                        new Evidence(
                                name() + "." + SHARED_HOST_ID + ".host",
                                "injector",
                                List.of(h.load().injector() + "/injector.jsonl"),
                                h.stretch().fromMs(),
                                h.stretch().toMs(),
                                Map.of(
                                        "host_busy_pct",
                                        h.stretch().mean(),
                                        "host_peak_pct",
                                        h.stretch().peak()))));
    }

    private Finding ofUnanswered(UnansweredScrapes u, RuleContext context) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("failed_scrapes", (double) u.failed());
        values.put("p95_before_ms", u.p95BeforeMs());
        values.put("p95_during_ms", u.p95DuringMs());
        String lastCpu = Double.isNaN(u.lastCores())
                ? ""
                : " The last CPU sample before it read " + Quantities.plain(u.lastCores()) + " cores.";
        return new Finding(
                name() + ".unanswered_metrics",
                name(),
                Category.RESOURCE,
                Severity.WARNING,
                u.p95DuringMs() / Math.max(u.p95BeforeMs(), 1),
                "Server saturated: it stopped answering its metrics endpoint under load",
                u.failed() + " consecutive scrapes of the target's metrics failed "
                        + context.clock().window(u.fromMs(), u.toMs())
                        + " while the load went on and the client's p95 reached "
                        + Quantities.ms(u.p95DuringMs()) + " (against " + Quantities.ms(u.p95BeforeMs())
                        + " before it, or the server's own p95, whichever is lower)"
                        + ": the process could not serve even its metrics endpoint, so its CPU, event loop or request "
                        + "threads were saturated (a single-threaded runtime such as Node.js blocks this way). CPU samples "
                        + "are missing for that stretch." + lastCpu + " Sources: "
                        + DataSources.metrics(context.input())
                        + ", " + DataSources.CLIENT + ".",
                "Take a CPU profile of the server under this load; move CPU-heavy work off the event loop or add "
                        + "processes/workers; give /metrics its own thread or port if the runtime allows it.",
                List.of(new Evidence(
                        "server." + ServerSeriesIds.TARGET_UP,
                        "metrics",
                        List.of(ServerSeriesIds.TARGET_UP),
                        u.fromMs(),
                        u.toMs(),
                        values)));
    }

    private Finding ofAllCores(MetricSeries series, SustainedExcess e, double threshold, RuleContext context) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("peak", e.peak());
        values.put("threshold", threshold);
        values.put("samples", (double) e.samples());
        String title = "Server CPU saturated: peak " + Quantities.pct(e.peak()) + " (threshold "
                + Quantities.pct(threshold) + ")";
        return new Finding(
                name() + "." + series.ref(),
                name(),
                Category.RESOURCE,
                Severity.WARNING,
                e.peak() / Math.max(threshold, 1e-9),
                title,
                title + ": " + e.samples() + " consecutive samples "
                        + context.clock().window(e.fromMs(), e.toMs())
                        + " (" + series.title() + ", unit " + series.unit() + ", % of the server's cores; "
                        + DataSources.metrics(context.input()) + ").",
                "Profile the server under this load (CPU flame graph) or add cores/instances before raising load.",
                List.of(new Evidence(
                        "server." + series.ref(), "metrics", List.of(series.ref()), e.fromMs(), e.toMs(), values)));
    }

    /** A run of samples pinned at {@code cores} whole cores, the series' ceiling, and the client's p95 before/during. */
    private record Plateau(
            int cores,
            long fromMs,
            long toMs,
            int samples,
            double mean,
            double p95BeforeMs,
            double p95DuringMs,
            Basis basis,
            SlowMetricsEndpoint probe) {

        Plateau judged(double beforeMs, double duringMs, Basis by) {
            return new Plateau(cores, fromMs, toMs, samples, mean, beforeMs, duringMs, by, null);
        }

        Plateau judgedBy(SlowMetricsEndpoint slow, double clientP95Ms) {
            return new Plateau(
                    cores, fromMs, toMs, samples, mean, slow.fastestMs(), clientP95Ms, Basis.SLOW_METRICS, slow);
        }
    }

    /** What the client's p95 during a plateau was compared with. */
    private enum Basis {
        UNJUDGED(""),
        /** the client's p95 in the seconds before the plateau */
        BEFORE("p95_before_ms"),
        /** the server's own HTTP p95 during it */
        SERVER("server_p95_ms"),
        /** nothing: the target answered its own metrics endpoint slowly during it */
        SLOW_METRICS("metrics_endpoint_fastest_ms");

        /** The name of the compared figure in the finding's evidence. */
        final String evidenceKey;

        Basis(String evidenceKey) {
            this.evidenceKey = evidenceKey;
        }
    }

    /**
     * The plateau when the client felt it: its p95 during the plateau climbed by the knee's factor over the seconds
     * before it; else it was well above the server's own p95; else, unless the seconds before the plateau ran at a
     * clearly lower CPU without the client getting slower, the target answered its own metrics endpoint slowly.
     */
    private static Optional<Plateau> withSlowerClient(MetricSeries series, Plateau p, RuleContext context) {
        List<SecondSample> seconds = context.input().timeline().stream()
                .filter(s -> s.responses() > 0 && Double.isFinite(s.p95Ms()))
                .toList();
        List<SecondSample> before =
                seconds.stream().filter(s -> s.epochMs() < p.fromMs()).toList();
        List<SecondSample> during = seconds.stream()
                .filter(s -> s.epochMs() >= p.fromMs() && s.epochMs() <= p.toMs())
                .toList();
        if (during.isEmpty()) {
            return Optional.empty();
        }
        boolean feltNothingBelowTheCeiling = false;
        if (before.size() >= MIN_PLATEAU_SAMPLES) {
            double was = medianP95(before);
            double is = medianP95(during);
            if (context.thresholds().latencyClimbed(was, is)) {
                return Optional.of(p.judged(was, is, Basis.BEFORE));
            }
            feltNothingBelowTheCeiling = ranBelowTheCeiling(series, p);
        }
        Optional<Plateau> queued = slowerThanTheServer(p, during, context);
        return queued.isPresent() || feltNothingBelowTheCeiling
                ? queued
                : SlowMetricsEndpoint.during(context, p.fromMs(), p.toMs())
                        .map(slow -> p.judgedBy(slow, medianP95(during)));
    }

    /**
     * Whether the CPU samples before the plateau, at least {@value #MIN_PLATEAU_SAMPLES} of them (one ramp-up sample
     * says nothing), sat clearly below its ceiling (their median at least {@value #CLEARLY_BELOW} cores under it): then
     * the seconds before it show what the client got without the ceiling, and a client that was not slower during the
     * plateau did not wait for the CPU.
     */
    private static boolean ranBelowTheCeiling(MetricSeries series, Plateau p) {
        double[] before = series.points().stream()
                .filter(point -> point.epochMs() < p.fromMs() && Double.isFinite(point.value()))
                .mapToDouble(MetricPoint::value)
                .toArray();
        return before.length >= MIN_PLATEAU_SAMPLES && Medians.of(before) <= p.cores() - CLEARLY_BELOW;
    }

    /**
     * When the seconds before the plateau are too few or were themselves already slow: the client waited well beyond
     * what the server itself measured, i.e. requests queued before a handler ran. The server's p95 stands in for
     * "before".
     */
    private static Optional<Plateau> slowerThanTheServer(Plateau p, List<SecondSample> during, RuleContext context) {
        List<MetricSeries> server = context.input().series(ServerSeriesIds.SERVER_LATENCY_P95);
        if (server.isEmpty()) {
            return Optional.empty();
        }
        OptionalDouble serverP95 = server.get(0).meanBetween(p.fromMs(), p.toMs());
        double is = medianP95(during);
        if (serverP95.isEmpty()) {
            return Optional.empty();
        }
        double was = serverP95.getAsDouble();
        boolean queued = context.thresholds().latencyClimbed(was, is);
        return queued ? Optional.of(p.judged(was, is, Basis.SERVER)) : Optional.empty();
    }

    private static Optional<Plateau> plateau(MetricSeries series, List<MetricSeries> percent, double threshold) {
        List<MetricPoint> points = series.points().stream()
                .filter(p -> Double.isFinite(p.value()))
                .sorted(Comparator.comparingLong(MetricPoint::epochMs))
                .toList();
        if (points.size() < MIN_PLATEAU_SAMPLES) {
            return Optional.empty();
        }
        double ceiling = highDecile(points);
        int k = (int) Math.round(ceiling);
        if (k < 1 || ceiling > k + ABOVE_CORE) {
            return Optional.empty();
        }
        Plateau best = null;
        int start = -1;
        for (int i = 0; i <= points.size(); i++) {
            boolean pinned = i < points.size() && points.get(i).value() >= k - BELOW_CORE;
            if (pinned && start < 0) {
                start = i;
            } else if (!pinned && start >= 0) {
                List<MetricPoint> run = points.subList(start, i);
                if (run.size() >= MIN_PLATEAU_SAMPLES && (best == null || run.size() > best.samples())) {
                    best = new Plateau(
                            k,
                            run.get(0).epochMs(),
                            run.get(run.size() - 1).epochMs(),
                            run.size(),
                            run.stream()
                                    .mapToDouble(MetricPoint::value)
                                    .average()
                                    .orElseThrow(),
                            Double.NaN,
                            Double.NaN,
                            Basis.UNJUDGED,
                            null);
                }
                start = -1;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Plateau found = best;
        boolean underAllCores = percent.stream()
                .allMatch(p -> p.meanBetween(found.fromMs(), found.toMs()).orElse(0) < threshold);
        return underAllCores ? Optional.of(found) : Optional.empty();
    }

    /**
     * The value nine in ten samples stay at or under: the series' ceiling, robust to the odd sample a busy host or a
     * runtime's native threads (a GIL released in C code) push above it.
     */
    private static double highDecile(List<MetricPoint> points) {
        double[] values =
                points.stream().mapToDouble(MetricPoint::value).sorted().toArray();
        return values[(int) Math.floor(0.9 * (values.length - 1))];
    }

    private Finding ofPinnedCores(MetricSeries series, Plateau p, RuleContext context) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("pinned_cores", (double) p.cores());
        values.put("mean_cores", p.mean());
        values.put("samples", (double) p.samples());
        String cores = p.cores() == 1 ? "1 core" : p.cores() + " cores";
        return new Finding(
                name() + "." + series.ref(),
                name(),
                Category.RESOURCE,
                Severity.WARNING,
                p.mean() / p.cores(),
                "Server CPU saturated: pinned at " + cores + " (" + Quantities.plain(p.mean()) + " cores on average)",
                "Process CPU sat at " + cores + " for " + p.samples() + " consecutive samples "
                        + context.clock().window(p.fromMs(), p.toMs()) + " and never went above it, although the "
                        + "server has more cores, while "
                        + switch (p.basis()) {
                            case SERVER ->
                                "the client's p95 was " + Quantities.ms(p.p95DuringMs())
                                        + " against the server's own " + Quantities.ms(p.p95BeforeMs())
                                        + " (requests queued before a handler ran)";
                            case SLOW_METRICS ->
                                "the target took " + Quantities.ms(p.probe().duringMs())
                                        + " to answer its own metrics endpoint against "
                                        + Quantities.ms(p.probe().fastestMs())
                                        + " at its fastest, and the client's p95 "
                                        + "was " + Quantities.ms(p.p95DuringMs()) + " (threads waited for the CPU, "
                                        + "inside the server's own request timing too)";
                            default ->
                                "the client's p95 rose from " + Quantities.ms(p.p95BeforeMs()) + " to "
                                        + Quantities.ms(p.p95DuringMs());
                        }
                        + ": a runtime that runs requests on " + cores
                        + " (a single-threaded event loop such as Node.js, threads behind one lock such as Python's GIL, or a fixed "
                        + "worker count) is saturated ("
                        + DataSources.metrics(context.input()) + " and " + DataSources.CLIENT + ").",
                "Take a CPU profile of the busy thread(s); add processes/workers (cluster mode, more replicas) or move "
                        + "CPU-heavy work off the event loop.",
                List.of(
                        new Evidence(
                                "server." + series.ref(),
                                "metrics",
                                List.of(series.ref()),
                                p.fromMs(),
                                p.toMs(),
                                values),
                        new Evidence(
                                name() + "." + series.ref() + ".client",
                                "gatling",
                                List.of("global"),
                                p.fromMs(),
                                p.toMs(),
                                clientValues(p))));
    }

    private static Map<String, Double> clientValues(Plateau p) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put(p.basis().evidenceKey, p.p95BeforeMs());
        values.put("p95_during_ms", p.p95DuringMs());
        if (p.probe() != null) {
            values.put("metrics_endpoint_ms", p.probe().duringMs());
        }
        return values;
    }

    private Optional<Finding> queueingSignature(RuleContext context) {
        List<SecondSample> seconds = context.input().timeline().stream()
                .filter(s -> s.responses() > 0 && Double.isFinite(s.p95Ms()))
                .sorted(Comparator.comparingLong(SecondSample::epochMs))
                .toList();
        List<MetricSeries> server = context.input().series(ServerSeriesIds.SERVER_LATENCY_P95);
        if (seconds.size() < 9 || server.isEmpty()) {
            return Optional.empty();
        }
        List<SecondSample> first = seconds.subList(0, seconds.size() / 3);
        List<SecondSample> last = seconds.subList(seconds.size() - seconds.size() / 3, seconds.size());
        double clientBefore = medianP95(first);
        double clientAfter = medianP95(last);
        MetricSeries serverP95 = server.get(0);
        OptionalDouble serverBefore = serverP95.meanBetween(
                first.get(0).epochMs(), first.get(first.size() - 1).epochMs() + 999);
        OptionalDouble serverAfter = serverP95.meanBetween(
                last.get(0).epochMs(), last.get(last.size() - 1).epochMs() + 999);
        boolean clientClimbed = context.thresholds().latencyClimbed(clientBefore, clientAfter);
        if (!clientClimbed
                || serverBefore.isEmpty()
                || serverAfter.isEmpty()
                || serverAfter.getAsDouble() > FLAT_SERVER_FACTOR * Math.max(serverBefore.getAsDouble(), 1)) {
            return Optional.empty();
        }
        long from = last.get(0).epochMs();
        long to = last.get(last.size() - 1).epochMs() + 1000;
        Map<String, Double> clientValues = Map.of("p95_before_ms", clientBefore, "p95_after_ms", clientAfter);
        Map<String, Double> serverValues =
                Map.of("p95_before_ms", serverBefore.getAsDouble(), "p95_after_ms", serverAfter.getAsDouble());
        return Optional.of(new Finding(
                name() + "." + QUEUEING_ID,
                name(),
                Category.RESOURCE,
                Severity.WARNING,
                clientAfter / Math.max(clientBefore, 1),
                "Requests queue before the server handles them (CPU data missing)",
                "The client's p95 rose from " + Quantities.ms(clientBefore) + " to " + Quantities.ms(clientAfter)
                        + " between the first and the last third of the run while the server's own p95 stayed at "
                        + Quantities.ms(serverBefore.getAsDouble()) + " to " + Quantities.ms(serverAfter.getAsDouble())
                        + ": time is lost before the handler starts (accept queue, event loop, worker pool), the usual "
                        + "sign of a saturated CPU. No CPU series was available (process_cpu_seconds_total), so this is "
                        + "inferred from " + DataSources.CLIENT + " and " + DataSources.metrics(context.input()) + ".",
                "Export process_cpu_seconds_total from the target (every Prometheus client has it) and re-run; check the "
                        + "server's CPU and worker/event-loop utilisation.",
                List.of(
                        new Evidence(
                                "cpu_saturation.queueing.client", "gatling", List.of("global"), from, to, clientValues),
                        new Evidence(
                                "cpu_saturation.queueing.server",
                                "metrics",
                                List.of(serverP95.ref()),
                                from,
                                to,
                                serverValues))));
    }

    /** Median of the seconds' client p95. */
    static double medianP95(List<SecondSample> seconds) {
        return Medians.of(seconds.stream().mapToDouble(SecondSample::p95Ms).toArray());
    }
}
