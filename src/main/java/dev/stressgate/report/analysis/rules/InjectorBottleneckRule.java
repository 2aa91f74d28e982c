package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.AnalysisRule;
import dev.stressgate.report.analysis.Category;
import dev.stressgate.report.analysis.Evidence;
import dev.stressgate.report.analysis.Finding;
import dev.stressgate.report.analysis.InjectorLoad;
import dev.stressgate.report.analysis.Quantities;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.Severity;
import dev.stressgate.run.InjectorSample;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The load injector, not the target, was the bottleneck: judged per injector on its own samples
 * ({@code injector.jsonl}, one a second), for a single injector as for each of several. The first
 * {@value #WARM_UP_SAMPLES} samples (the JIT warm-up of injector and target) are not judged; of the rest, each
 * condition must hold on at least {@value #MIN_SHARE_PCT}% of the samples that carry the figure and for at least
 * {@value #MIN_CONSECUTIVE} consecutive ones:
 * <ol>
 *   <li>CPU-bound: the injector's process used at least {@value #CPU_BOUND_PCT}% of the processors its JVM may
 *       use;</li>
 *   <li>host out of CPU (only when not CPU-bound): the host (or the injector's container) was at least
 *       {@value #HOST_SATURATED_PCT}% busy, whoever used it — the target too when the base URL is a loopback
 *       address, as in the 3,337 req/s mixed run on one 2-core machine. One finding per host: injectors
 *       whose samples name the same host share it;</li>
 *   <li>GC-bound: at least {@value #GC_BOUND_PCT}% of wall time in GC pauses.</li>
 * </ol>
 * Its findings are WARNING and rank above every finding about the target ({@link Category#INJECTOR}): when the
 * measuring instrument is saturated, latencies include its own waiting and the planned load may not have been sent.
 */
public final class InjectorBottleneckRule implements AnalysisRule {
    static final double CPU_BOUND_PCT = 85;
    static final double HOST_SATURATED_PCT = 90;
    static final double GC_BOUND_PCT = 10;
    static final int MIN_CONSECUTIVE = 5;
    static final int WARM_UP_SAMPLES = 5;
    static final double MIN_SHARE_PCT = 25;
    private static final String NAME = "injector_bottleneck";
    private static final String HOST_CPU = "host_cpu";
    private static final String SOURCE = "injector";

    @Override
    public String name() {
        return NAME;
    }

    /** The id of the finding that this injector's host was out of CPU. */
    static String hostCpuId(InjectorLoad load) {
        return id(load, HOST_CPU);
    }

    private static String id(InjectorLoad load, String kind) {
        return NAME + "." + load.injector() + "." + kind;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        Map<String, List<Saturated>> saturatedHosts = new LinkedHashMap<>();
        for (InjectorLoad load : context.input().injectors()) {
            Optional<Stretch> cpu = Stretch.of(load.samples(), InjectorSample::processCpuPct, CPU_BOUND_PCT);
            if (cpu.isPresent()) {
                findings.add(cpuBound(load, cpu.get(), context));
            } else {
                Stretch.of(load.samples(), InjectorSample::hostCpuPct, HOST_SATURATED_PCT)
                        .ifPresent(host -> saturatedHosts
                                .computeIfAbsent(load.host().orElse(load.injector()), h -> new ArrayList<>())
                                .add(new Saturated(load, host)));
            }
            Stretch.of(load.samples(), InjectorSample::gcPct, GC_BOUND_PCT)
                    .ifPresent(gc -> findings.add(gcBound(load, gc, context)));
        }
        saturatedHosts.values().forEach(onOneHost -> findings.add(hostSaturated(onOneHost, context)));
        return findings;
    }

    /** An injector whose host was out of CPU, and when. */
    private record Saturated(InjectorLoad load, Stretch stretch) {}

    private Finding cpuBound(InjectorLoad load, Stretch cpu, RuleContext context) {
        String processors = processors(load);
        double cores = cpu.mean() / 100 * load.processors().orElse(0);
        String title =
                "Injector CPU-bound: " + load.injector() + " used " + Quantities.pct(cpu.mean()) + " of " + processors;
        return finding(
                load,
                "cpu",
                cpu,
                CPU_BOUND_PCT,
                title,
                title + " (" + Quantities.plain(cores) + " cores on average) in " + cpu.describe(context)
                        + ": the load generator itself ran out of CPU, so it may not have sent the planned load and "
                        + "the response times it measured include time its own threads waited for a CPU."
                        + sharedHost(load) + " Treat the target's latencies and throughput in this run as a lower "
                        + "bound of what it can do, not as its limit. Source: " + DataSources.INJECTOR + ".",
                "Add injectors (INJECTOR_COUNT, e.g. make stress-distributed INJECTORS=N or make k8s-run "
                        + "INJECTORS=N) or give each injector more CPU, then re-run before blaming the target.",
                context);
    }

    /** One finding for the injectors of one host, told with the figures of the one that saw it longest. */
    private Finding hostSaturated(List<Saturated> onOneHost, RuleContext context) {
        Saturated lead = onOneHost.stream()
                .max(Comparator.comparingInt((Saturated s) -> s.stretch().over()))
                .orElseThrow();
        InjectorLoad load = lead.load();
        Stretch host = lead.stretch();
        List<String> names = onOneHost.stream().map(s -> s.load().injector()).toList();
        String title = "Injector's host out of CPU: " + Quantities.pct(host.mean()) + " of " + processors(load)
                + " busy while " + String.join(", ", names) + " ran";
        String who = load.targetOnSameHost()
                ? " The target runs on the same host (its base URL is a loopback address), so the injector, the "
                        + "target and anything else on the host competed for the same cores: the latencies measured "
                        + "include waiting for a CPU on both sides, and the run measured the host, not the target."
                : " Something else on the injector's host (or its container's CPU limit) took the CPU the injector "
                        + "needed, so its timings include waiting for a CPU.";
        return finding(
                load,
                HOST_CPU,
                host,
                HOST_SATURATED_PCT,
                title,
                title + " in " + host.describe(context) + "." + who + " Source: " + DataSources.INJECTOR
                        + ", host CPU as its JVM sees it.",
                load.targetOnSameHost()
                        ? "Run the target and the injector on separate machines, or add injectors on other hosts "
                                + "(make k8s-run INJECTORS=N); do not size the target from this run."
                        : "Give the injector a host (or a CPU limit) of its own, or add injectors (INJECTOR_COUNT).",
                context);
    }

    private Finding gcBound(InjectorLoad load, Stretch gc, RuleContext context) {
        String title = "Injector GC-bound: " + load.injector() + " spent " + Quantities.pct(gc.mean())
                + " of its time in GC pauses";
        return finding(
                load,
                "gc",
                gc,
                GC_BOUND_PCT,
                title,
                title + " in " + gc.describe(context) + ": Gatling's virtual users paused with it, so response times "
                        + "include the injector's own GC pauses" + heap(load) + ". Source: " + DataSources.INJECTOR
                        + ".",
                "Give the injector a larger heap (-Xmx) or split the users over more injectors (INJECTOR_COUNT); "
                        + "large response bodies kept by checks also fill the heap.",
                context);
    }

    private Finding finding(
            InjectorLoad load,
            String kind,
            Stretch stretch,
            double threshold,
            String title,
            String detail,
            String nextAction,
            RuleContext context) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("mean_pct", stretch.mean());
        values.put("peak_pct", stretch.peak());
        values.put("threshold_pct", threshold);
        values.put("samples_over", (double) stretch.over());
        values.put("samples", (double) stretch.samples());
        load.processors().ifPresent(n -> values.put("processors", (double) n));
        String id = id(load, kind);
        return new Finding(
                id,
                name(),
                Category.INJECTOR,
                Severity.WARNING,
                stretch.mean() / threshold,
                title,
                detail,
                nextAction,
                List.of(new Evidence(
                        id,
                        SOURCE,
                        List.of(load.injector() + "/injector.jsonl"),
                        stretch.fromMs(),
                        stretch.toMs(),
                        values)));
    }

    private static String processors(InjectorLoad load) {
        return load.processors().stream()
                .mapToObj(n -> n == 1 ? "its 1 processor" : "its " + n + " processors")
                .findFirst()
                .orElse("its processors");
    }

    private static String sharedHost(InjectorLoad load) {
        return load.targetOnSameHost()
                ? " The target runs on the same host (loopback base URL) and competed with it for the same cores."
                : "";
    }

    private static String heap(InjectorLoad load) {
        return load.samples().stream()
                .filter(s -> s.heapUsedBytes() != null && s.heapMaxBytes() != null && s.heapMaxBytes() > 0)
                .mapToDouble(s -> 100.0 * s.heapUsedBytes() / s.heapMaxBytes())
                .max()
                .stream()
                .mapToObj(pct -> " (heap up to " + Quantities.pct(pct) + " of its maximum)")
                .findFirst()
                .orElse("");
    }

    /**
     * Where a figure was at or above a threshold: {@code over} of the {@code samples} carrying it, the longest
     * consecutive stretch between {@code fromMs} and {@code toMs}, and the mean and peak of the samples over it.
     */
    record Stretch(long fromMs, long toMs, int over, int samples, double mean, double peak) {

        static Optional<Stretch> of(
                List<InjectorSample> all, Function<InjectorSample, Double> figure, double threshold) {
            List<InjectorSample> carrying = all.stream()
                    .skip(WARM_UP_SAMPLES)
                    .filter(s -> figure.apply(s) != null && Double.isFinite(figure.apply(s)))
                    .toList();
            int over = 0;
            double sum = 0;
            double peak = Double.NEGATIVE_INFINITY;
            int longest = 0;
            int bestEnd = -1;
            int current = 0;
            for (int i = 0; i < carrying.size(); i++) {
                double value = figure.apply(carrying.get(i));
                if (value >= threshold) {
                    over++;
                    sum += value;
                    peak = Math.max(peak, value);
                    current++;
                    if (current > longest) {
                        longest = current;
                        bestEnd = i;
                    }
                } else {
                    current = 0;
                }
            }
            if (longest < MIN_CONSECUTIVE || 100.0 * over / carrying.size() < MIN_SHARE_PCT) {
                return Optional.empty();
            }
            return Optional.of(new Stretch(
                    carrying.get(bestEnd - longest + 1).epochMs(),
                    carrying.get(bestEnd).epochMs(),
                    over,
                    carrying.size(),
                    sum / over,
                    peak));
        }

        String describe(RuleContext context) {
            return over + " of " + samples + " one-second samples (longest stretch "
                    + context.clock().window(fromMs, toMs) + ")";
        }
    }
}
