package dev.stressgate.live;

import dev.stressgate.profile.AbortWhen;
import dev.stressgate.profile.LoadProfile;
import dev.stressgate.report.gatling.FlowTransports;
import dev.stressgate.report.gatling.SimulationLogFollower;
import dev.stressgate.run.RunDirectory;
import dev.stressgate.run.Workload;
import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Watches one run while it happens, from the run's own simulation.log as Gatling flushes it (so the live figures
 * and the report come from the same records, lagging by Gatling's flush period): serves the client series on the
 * injector's {@code /metrics} ({@link LiveSettings}), prints one {@link LiveLine} every few seconds on the live
 * console, and judges the profile's {@code abort_when}. {@link #finish()} reads the last records, writes the final
 * exposition to {@value #SNAPSHOT_FILE} in the run directory and stops the endpoint.
 */
public final class LiveRun implements AutoCloseable {
    public static final String SNAPSHOT_FILE = "live-metrics.prom";
    private static final Duration POLL = Duration.ofSeconds(1);

    private final LiveSettings settings;
    private final Path runDir;
    private final Path gatlingResults;
    private final Duration planned;
    private final Consumer<String> console;
    private final Supplier<Optional<Double>> serverCpuPct;
    private final Clock clock;
    private final ClientMetrics metrics;
    private final LiveRecords records;
    private final LongSupplier openSockets;
    private final LiveSloCheck slos;
    private final AbortWatch abortWatch;
    private final ScheduledExecutorService scheduler;
    private final long startMs;
    private HTTPServer server;
    private SimulationLogFollower follower;
    private volatile AbortDecision abort;
    private long lastLineMs;
    private boolean finished;

    private LiveRun(Builder builder) {
        this.settings = builder.settings;
        this.runDir = builder.runDir;
        this.gatlingResults = builder.gatlingResults;
        this.planned = builder.planned;
        this.console = builder.console;
        this.serverCpuPct = builder.serverCpuPct;
        this.clock = builder.clock;
        this.metrics = new ClientMetrics(builder.runId, builder.profile.name());
        this.metrics.publish(builder.profile.effectiveSlos());
        this.openSockets = builder.openSockets;
        this.records = new LiveRecords(metrics, new FlowTransports(builder.workload), openSockets == null);
        this.slos = new LiveSloCheck(builder.profile.effectiveSlos());
        this.abortWatch = new AbortWatch(builder.profile.abortConditions().orElse(new AbortWhen(java.util.List.of())));
        this.startMs = clock.millis();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "stressgate-live");
            thread.setDaemon(true);
            return thread;
        });
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The settings, the run and where its files are; {@link #start()} serves and follows. */
    public static final class Builder {
        private LiveSettings settings;
        private String runId;
        private LoadProfile profile;
        private Path runDir;
        private Path gatlingResults;
        private Duration planned = Duration.ZERO;
        private Consumer<String> console = System.out::println;
        private Supplier<Optional<Double>> serverCpuPct = Optional::empty;
        private Clock clock = Clock.systemUTC();
        private Workload workload = Workload.undeclared();
        private LongSupplier openSockets;

        /**
         * The sockets the injector holds right now, as the run counts them where they open and close; without it the
         * live view counts them from the {@code connect} and {@code close} records, which a socket the server
         * drops never writes.
         */
        public Builder openSockets(LongSupplier openSockets) {
            this.openSockets = openSockets;
            return this;
        }

        /** The flows the run declares (run.json's workload): which of them are WebSocket flows. */
        public Builder workload(Workload workload) {
            this.workload = workload;
            return this;
        }

        public Builder settings(LiveSettings settings) {
            this.settings = settings;
            return this;
        }

        public Builder run(String runId, LoadProfile profile, Path runDir, Path gatlingResults) {
            this.runId = runId;
            this.profile = profile;
            this.runDir = runDir;
            this.gatlingResults = gatlingResults;
            return this;
        }

        /** The run's planned length, shown as the total on the console line. */
        public Builder planned(Duration planned) {
            this.planned = planned;
            return this;
        }

        public Builder console(Consumer<String> console) {
            this.console = console;
            return this;
        }

        /** The target's CPU for the console line, from the run's {@code scrape.jsonl} (the metrics sampler's). */
        public Builder serverCpuFrom(Path scrapeJsonl) {
            this.serverCpuPct = new ScrapedServerCpu(scrapeJsonl);
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public LiveRun start() {
            LiveRun run = new LiveRun(this);
            run.startServing();
            return run;
        }
    }

    private void startServing() {
        if (settings.serveMetrics()) {
            try {
                server = HTTPServer.builder()
                        .hostname(settings.metricsHost())
                        .port(settings.metricsPort())
                        .registry(metrics.registry())
                        .buildAndStart();
                console.accept("==> injector metrics: " + metricsUrl().orElseThrow());
            } catch (IOException e) {
                console.accept("warning: no injector /metrics on " + settings.metricsHost() + ":"
                        + settings.metricsPort() + " (" + e.getMessage() + "); the run goes on without it");
            }
        }
        scheduler.scheduleWithFixedDelay(this::tick, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Where the endpoint serves, when it does. */
    public Optional<String> metricsUrl() {
        return server == null
                ? Optional.empty()
                : Optional.of("http://" + hostForUrl() + ":" + server.getPort() + "/metrics");
    }

    /** Set once an {@code abort_when} condition held; the simulation then stops the load generator. */
    public Optional<AbortDecision> abort() {
        return Optional.ofNullable(abort);
    }

    /** True once the run should stop (cheap: read by every virtual user between actions). */
    public boolean abortRequested() {
        return abort != null;
    }

    private void tick() {
        try {
            poll();
            long now = clock.millis();
            if (settings.console() == LiveSettings.Console.LIVE
                    && now - lastLineMs >= LiveSettings.DEFAULT_CONSOLE_PERIOD_S * 1000L) {
                lastLineMs = now;
                console.accept(line(now));
            }
        } catch (IOException | RuntimeException e) {
            console.accept("warning: live view stopped following simulation.log: " + e.getMessage());
            scheduler.shutdown();
        }
    }

    private synchronized void poll() throws IOException {
        if (follower == null) {
            Optional<Path> log = simulationLog();
            if (log.isEmpty()) {
                return;
            }
            follower = SimulationLogFollower.open(log.get()).orElse(null);
            if (follower == null) {
                return;
            }
        }
        follower.readAvailable(records);
        if (openSockets != null) {
            metrics.openWebSockets.set(openSockets.getAsLong());
        }
        long now = clock.millis();
        ResponseWindow window = records.window();
        if (!window.isEmpty()) {
            metrics.logLag.set(Math.max(0, now - window.newestEndMs()) / 1000.0);
        }
        if (abort == null) {
            abortWatch.evaluate(window, now).ifPresent(decision -> {
                abort = decision;
                metrics.aborted.set(1);
                console.accept("==> abort_when: " + decision.reason() + "; stopping the run");
            });
        }
    }

    private String line(long now) {
        synchronized (this) {
            return LiveLine.format(
                    Duration.ofMillis(now - startMs),
                    planned,
                    records.activeUsers(),
                    records.window(),
                    serverCpuPct.get(),
                    slos.firstBroken(records.window().wholeRun()));
        }
    }

    private Optional<Path> simulationLog() throws IOException {
        if (!Files.isDirectory(gatlingResults)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.find(
                gatlingResults,
                2,
                (path, attributes) -> path.getFileName().toString().equals(RunDirectory.simulationLogName()))) {
            return files.findFirst();
        }
    }

    /**
     * Reads the records written since the last poll, writes the final exposition to {@value #SNAPSHOT_FILE} and
     * stops the endpoint and the console; a second call does nothing.
     *
     * @return the abort decision, if a condition held
     */
    public synchronized Optional<AbortDecision> finish() {
        if (finished) {
            return abort();
        }
        finished = true;
        scheduler.shutdownNow();
        try {
            poll();
            if (follower != null && follower.pendingBytes() > 0) {
                console.accept("note: simulation.log ends in a record Gatling has not finished writing ("
                        + follower.pendingBytes() + " bytes); the live figures stop before it");
            }
            writeSnapshot();
        } catch (IOException e) {
            console.accept("warning: live view could not read the end of simulation.log: " + e.getMessage());
        } finally {
            close();
        }
        return abort();
    }

    private void writeSnapshot() throws IOException {
        try (OutputStream out = Files.newOutputStream(runDir.resolve(SNAPSHOT_FILE))) {
            PrometheusTextFormatWriter.create().write(out, metrics.registry().scrape(), EscapingScheme.ALLOW_UTF8);
        }
    }

    @Override
    public synchronized void close() {
        scheduler.shutdownNow();
        if (server != null) {
            server.close();
            server = null;
        }
        try {
            if (follower != null) {
                follower.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String hostForUrl() {
        String host = settings.metricsHost();
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
