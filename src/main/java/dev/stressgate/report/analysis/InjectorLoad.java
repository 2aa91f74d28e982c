package dev.stressgate.report.analysis;

import dev.stressgate.run.InjectorSample;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What one load injector's own JVM used while it ran, from its {@code injector.jsonl}.
 *
 * @param injector         its name in the report: {@code injector} for a single run, the directory name
 *                         ({@code injector-<i>}) for one of several
 * @param targetOnSameHost whether its target was a loopback address, i.e. injector and target shared one host
 * @param samples          its samples, oldest first
 */
public record InjectorLoad(String injector, boolean targetOnSameHost, List<InjectorSample> samples) {

    public InjectorLoad {
        samples = samples.stream()
                .sorted(Comparator.comparingLong(InjectorSample::epochMs))
                .toList();
    }

    /** The host it ran on, when its samples say. */
    public Optional<String> host() {
        return samples.stream()
                .map(InjectorSample::host)
                .filter(Objects::nonNull)
                .findFirst();
    }

    /** The processors the injector could use (the most any sample saw), if any sample says. */
    public OptionalInt processors() {
        return samples.stream()
                .mapToInt(InjectorSample::processors)
                .filter(n -> n > 0)
                .max();
    }

    /** Mean CPU the injector's process used, in cores, over its samples that say; empty when none do. */
    public OptionalDouble meanCpuCores() {
        return samples.stream()
                .map(InjectorSample::processCpuCores)
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .average();
    }

    /** The most CPU the injector's process used in one sample interval, in cores; empty when no sample says. */
    public OptionalDouble peakCpuCores() {
        return samples.stream()
                .map(InjectorSample::processCpuCores)
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .max();
    }

    /** The most heap the injector used at the end of one sample interval; empty when no sample says. */
    public OptionalLong peakHeapBytes() {
        return samples.stream()
                .map(InjectorSample::heapUsedBytes)
                .filter(Objects::nonNull)
                .mapToLong(Long::longValue)
                .max();
    }
}
