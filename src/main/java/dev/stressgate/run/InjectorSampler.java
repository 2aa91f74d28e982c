package dev.stressgate.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The injector watching itself while load runs: every {@link #INTERVAL} it appends one {@link InjectorSample} (its
 * process CPU in cores, the host's CPU, the share of the interval spent in GC, heap used and max) to
 * {@code injector.jsonl}, with its host name, so the report can tell when the injector, not the target, was the bottleneck. Process CPU
 * comes from {@code OperatingSystemMXBean.getProcessCpuTime} deltas, host CPU from {@code getCpuLoad} (both
 * container-aware on Java 17), GC from the collectors' accumulated time, leaving out the beans that count
 * concurrent cycles rather than pauses (ZGC's and Shenandoah's "Cycles").
 */
public final class InjectorSampler implements AutoCloseable {
    public static final Duration INTERVAL = Duration.ofSeconds(1);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final com.sun.management.OperatingSystemMXBean os;
    private final List<GarbageCollectorMXBean> collectors;
    private final Clock clock;
    private final String host;
    private final BufferedWriter out;
    private final ScheduledExecutorService scheduler;
    private long lastNanos;
    private long lastCpuNanos;
    private long lastGcMillis;
    private boolean closed;

    public InjectorSampler(Path file, Clock clock) {
        this.os = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class);
        this.collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(gc -> !gc.getName().endsWith("Cycles"))
                .toList();
        this.clock = clock;
        this.host = hostName();
        try {
            this.out = Files.newBufferedWriter(
                    file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
        }
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "injector-sampler");
            thread.setDaemon(true);
            return thread;
        });
        lastNanos = System.nanoTime();
        lastCpuNanos = os.getProcessCpuTime();
        lastGcMillis = gcMillis();
    }

    /** Samples every {@link #INTERVAL} from now on until closed. */
    public void start() {
        long millis = INTERVAL.toMillis();
        scheduler.scheduleAtFixedRate(this::sampleOnce, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Appends the sample of the interval since the previous one (or since construction) and returns it. */
    public synchronized InjectorSample sampleOnce() {
        if (closed) {
            throw new IllegalStateException("the injector sampler is closed");
        }
        long nanos = System.nanoTime();
        long cpuNanos = os.getProcessCpuTime();
        long gc = gcMillis();
        double wallNanos = Math.max(1, nanos - lastNanos);
        double hostLoad = os.getCpuLoad();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        InjectorSample sample = new InjectorSample(
                clock.millis(),
                Runtime.getRuntime().availableProcessors(),
                cpuNanos < 0 || lastCpuNanos < 0 ? null : (cpuNanos - lastCpuNanos) / wallNanos,
                hostLoad < 0 ? null : 100 * hostLoad,
                gc < 0 ? null : Math.min(100, 100 * (gc - lastGcMillis) * 1e6 / wallNanos),
                heap.getUsed(),
                heap.getMax() < 0 ? null : heap.getMax(),
                host);
        lastNanos = nanos;
        lastCpuNanos = cpuNanos;
        lastGcMillis = gc;
        try {
            out.write(MAPPER.writeValueAsString(sample));
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to injector.jsonl: " + e.getMessage(), e);
        }
        return sample;
    }

    /** Stops the schedule, takes a last sample (the end of the run) and closes the file; a second call does nothing. */
    @Override
    public void close() {
        Schedules.stop(scheduler, INTERVAL.plusSeconds(1));
        synchronized (this) {
            if (closed) {
                return;
            }
            sampleOnce();
            closed = true;
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close injector.jsonl: " + e.getMessage(), e);
            }
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** Accumulated GC pause time of every collector, or -1 when a collector does not tell. */
    private long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : collectors) {
            long time = gc.getCollectionTime();
            if (time < 0) {
                return -1;
            }
            total += time;
        }
        return total;
    }
}
