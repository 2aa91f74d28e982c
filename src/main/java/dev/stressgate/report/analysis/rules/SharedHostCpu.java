package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.InjectorLoad;
import dev.stressgate.report.analysis.MetricSeries;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.run.InjectorSample;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A host out of CPU that the target shared with the injector (a loopback base URL), and the target was the one using
 * it: over the injector's longest stretch of host CPU at or above {@link InjectorBottleneckRule#HOST_SATURATED_PCT}
 * (judged as that rule judges it), the target's process CPU was at least {@value #TARGET_SHARE} of the host's busy
 * cores, a clear majority over everything else on it, the injectors included; and target and injectors together used
 * no more than {@value #ONE_POOL} times the busy cores (so they drew on the one pool the injector measured, not a
 * container of its own beside the target's). A host that busy makes every process on it wait for a CPU; the one that
 * takes most of it is the one short of CPU. The target then wanted more CPU than the host had left for it; the cores it could reach are the host's minus the injector's, so none of the per-target ceilings (a %
 * of {@code SERVER_CORES}, a whole number of cores) need show. Whatever its runtime: a JVM or a Go server short of
 * the injector's share, a runtime whose CPU wanders below a ceiling (threads sharing Python's GIL), one pinned at a
 * core.
 *
 * @param load          the injector whose samples show the stretch
 * @param stretch       its stretch of a saturated host
 * @param targetCores   the target's mean process CPU over the stretch, in cores (every CPU series summed)
 * @param injectorCores the mean process CPU of the injectors on that host over the stretch, in cores
 * @param hostCores     the host's processors as the injector sees them
 * @param hostFindings  ids of the injector findings that a saturated host gives ({@code injector_bottleneck.*.host_cpu})
 */
record SharedHostCpu(
        InjectorLoad load,
        InjectorBottleneckRule.Stretch stretch,
        double targetCores,
        double injectorCores,
        int hostCores,
        List<String> hostFindings) {

    static final double TARGET_SHARE = 0.6;
    static final double ONE_POOL = 1.15;

    /** The busy cores of the host over the stretch. */
    double busyCores() {
        return hostCores * stretch.mean() / 100;
    }

    static Optional<SharedHostCpu> of(RuleContext context, List<MetricSeries> targetCpuCores) {
        if (targetCpuCores.isEmpty()) {
            return Optional.empty();
        }
        List<InjectorLoad> sharing = context.input().injectors().stream()
                .filter(InjectorLoad::targetOnSameHost)
                .toList();
        for (InjectorLoad load : sharing) {
            Optional<InjectorBottleneckRule.Stretch> host = InjectorBottleneckRule.Stretch.of(
                    load.samples(), InjectorSample::hostCpuPct, InjectorBottleneckRule.HOST_SATURATED_PCT);
            if (host.isEmpty() || load.processors().isEmpty()) {
                continue;
            }
            InjectorBottleneckRule.Stretch stretch = host.get();
            OptionalDouble target = sumOfMeans(targetCpuCores, stretch.fromMs(), stretch.toMs());
            if (target.isEmpty()) {
                continue;
            }
            List<InjectorLoad> sameHost = sharing.stream()
                    .filter(other -> other.host().equals(load.host()))
                    .toList();
            double injectors = sameHost.stream()
                    .mapToDouble(other -> meanProcessCores(other, stretch.fromMs(), stretch.toMs()))
                    .sum();
            SharedHostCpu found = new SharedHostCpu(
                    load,
                    stretch,
                    target.getAsDouble(),
                    injectors,
                    load.processors().getAsInt(),
                    sameHost.stream().map(InjectorBottleneckRule::hostCpuId).toList());
            if (found.targetCores() >= TARGET_SHARE * found.busyCores()
                    && found.targetCores() + injectors <= ONE_POOL * found.busyCores()) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    private static OptionalDouble sumOfMeans(List<MetricSeries> series, long fromMs, long toMs) {
        List<Double> means = new ArrayList<>();
        for (MetricSeries s : series) {
            s.meanBetween(fromMs, toMs).ifPresent(means::add);
        }
        return means.isEmpty()
                ? OptionalDouble.empty()
                : OptionalDouble.of(
                        means.stream().mapToDouble(Double::doubleValue).sum());
    }

    private static double meanProcessCores(InjectorLoad load, long fromMs, long toMs) {
        return load.samples().stream()
                .filter(s -> s.epochMs() >= fromMs && s.epochMs() <= toMs)
                .map(InjectorSample::processCpuCores)
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .average()
                .orElse(0);
    }
}
