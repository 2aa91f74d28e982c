package dev.stressgate.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One line of {@code injector.jsonl} ({@link RunDirectory#injectorJsonl()}): what the injector's own JVM used over
 * the interval that ended at {@code epochMs}. A figure the platform does not provide is null.
 *
 * @param epochMs          end of the interval (epoch ms)
 * @param processors       processors available to the injector's JVM (its container's CPU limit, if any)
 * @param processCpuCores  CPU time the injector's process used per wall second of the interval, in cores
 * @param hostCpuPct       CPU use of the whole host (or the injector's container, where the JVM sees one), in % of
 *                         its processors: the injector, the target when it runs there, and everything else
 * @param gcPct            share of the interval spent in GC pauses, in %
 * @param heapUsedBytes    heap used at the end of the interval
 * @param heapMaxBytes     maximum heap (null when the JVM has no limit)
 * @param host             the injector's host name (a pod's name on Kubernetes), so injectors sharing one host are
 *                         told apart from injectors on hosts of their own; null when unknown
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({
    "epoch_ms",
    "processors",
    "process_cpu_cores",
    "host_cpu_pct",
    "gc_pct",
    "heap_used_bytes",
    "heap_max_bytes",
    "host"
})
public record InjectorSample(
        @JsonProperty("epoch_ms") long epochMs,
        @JsonProperty("processors") int processors,
        @JsonProperty("process_cpu_cores") Double processCpuCores,
        @JsonProperty("host_cpu_pct") Double hostCpuPct,
        @JsonProperty("gc_pct") Double gcPct,
        @JsonProperty("heap_used_bytes") Long heapUsedBytes,
        @JsonProperty("heap_max_bytes") Long heapMaxBytes,
        @JsonProperty("host") String host) {

    /** The injector's process CPU in % of its processors (100 = every processor it may use is busy). */
    public Double processCpuPct() {
        return processCpuCores == null || processors <= 0 ? null : 100.0 * processCpuCores / processors;
    }
}
