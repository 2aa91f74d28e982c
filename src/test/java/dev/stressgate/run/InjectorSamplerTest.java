package dev.stressgate.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The injector's self-sampling in this very JVM: real MXBeans, a file in a temporary run directory. */
class InjectorSamplerTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Clock FIXED = Clock.fixed(Instant.ofEpochMilli(1_764_000_000_000L), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void writesOneJsonLinePerSampleWithTheDocumentedFields() throws Exception {
        Path file = RunDirectory.at(dir).injectorJsonl();
        InjectorSample sample;
        try (InjectorSampler sampler = new InjectorSampler(file, FIXED)) {
            burnCpu(200_000_000L);
            sample = sampler.sampleOnce();
        }

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).as("the explicit sample and the closing one").hasSize(2);
        JsonNode first = MAPPER.readTree(lines.get(0));
        assertThat(first.fieldNames())
                .toIterable()
                .containsExactly(
                        "epoch_ms",
                        "processors",
                        "process_cpu_cores",
                        "host_cpu_pct",
                        "gc_pct",
                        "heap_used_bytes",
                        "heap_max_bytes",
                        "host");
        assertThat(MAPPER.treeToValue(first, InjectorSample.class)).isEqualTo(sample);
        assertThat(sample.epochMs()).isEqualTo(1_764_000_000_000L);
        assertThat(sample.processors()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(sample.processCpuCores())
                .as("200 ms of CPU burnt on this thread within the interval")
                .isGreaterThan(0.0);
        assertThat(sample.gcPct()).isBetween(0.0, 100.0);
        assertThat(sample.heapUsedBytes()).isPositive();
        assertThat(sample.heapMaxBytes()).isGreaterThanOrEqualTo(sample.heapUsedBytes());
        if (sample.hostCpuPct() != null) {
            assertThat(sample.hostCpuPct()).isBetween(0.0, 100.0);
        }
    }

    @Test
    void processCpuIsReportedAsAShareOfTheInjectorsProcessors() {
        InjectorSample sample = new InjectorSample(0, 4, 3.0, null, null, null, null, null);
        assertThat(sample.processCpuPct()).isEqualTo(75.0);
        assertThat(new InjectorSample(0, 4, null, null, null, null, null, null).processCpuPct())
                .isNull();
    }

    @Test
    void aClosedSamplerRefusesToSample() {
        InjectorSampler sampler = new InjectorSampler(dir.resolve("injector.jsonl"), FIXED);
        sampler.close();
        sampler.close();
        assertThatThrownBy(sampler::sampleOnce).hasMessageContaining("closed");
    }

    /** Spins until this thread has used {@code nanos} of CPU time. */
    private static void burnCpu(long nanos) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + nanos;
        long x = 0;
        while (threads.getCurrentThreadCpuTime() < until) {
            x += System.nanoTime() % 7;
        }
        assertThat(x).isNotNegative();
    }
}
