package dev.stressgate.run;

import dev.stressgate.profile.Faults;
import dev.stressgate.profile.LoadedProfile;
import dev.stressgate.profile.ProfileWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Optional;

/**
 * The run's own bookkeeping around the load: at start it writes profile.json and run.json (start time, profile kind,
 * workload) and starts the metrics sampler, the injector's self-sampling ({@link InjectorSampler}) and the profile's
 * faults, if any (only injector 0 of several switches them, so that one injector finishing early cannot clear them
 * under the others); at finish it stops them and completes run.json.
 */
public final class RunRecorder {
    private final RunDirectory directory;
    private final MetricsSampler sampler;
    private final InjectorSampler self;
    /** The profile's faults, when this injector is the one that switches them (injector 0), else empty. */
    private final Optional<Faults> faults;

    private final FaultSwitch faultSwitch;
    private final Clock clock;
    private RunMetadata metadata;
    private RunMetadata.Abort abort;
    private boolean finished;

    private RunRecorder(
            RunDirectory directory,
            MetricsSampler sampler,
            InjectorSampler self,
            FaultSwitch faultSwitch,
            Optional<Faults> faults,
            Clock clock) {
        this.directory = directory;
        this.sampler = sampler;
        this.self = self;
        this.faultSwitch = faultSwitch;
        this.faults = faults;
        this.clock = clock;
    }

    /**
     * Starts recording a run.
     *
     * @param simulation     fully qualified class name of the Gatling simulation
     * @param gatlingVersion version of the Gatling engine producing the results
     * @param workload       the flows the simulation runs, recorded in run.json for the report
     */
    public static RunRecorder start(
            RunSettings settings,
            LoadedProfile profile,
            RunDirectory directory,
            String simulation,
            String gatlingVersion,
            Workload workload,
            Clock clock) {
        long start = clock.millis();
        writeProfile(profile, directory);
        FaultSwitch faultSwitch = new FaultSwitch(settings.baseUrl(), settings.outboundHttp());
        MetricsSampler sampler = new MetricsSampler(
                settings.metricsUrl(),
                directory.scrapeJsonl(),
                settings.scrapeInterval(),
                clock,
                settings.outboundHttp(),
                System.out::println);
        Optional<Faults> faults =
                settings.injectorIndex() == 0 ? profile.profile().faultsToInject() : Optional.empty();
        InjectorSampler self = new InjectorSampler(directory.injectorJsonl(), clock);
        RunRecorder recorder = new RunRecorder(directory, sampler, self, faultSwitch, faults, clock);
        sampler.start();
        self.start();
        try {
            faults.ifPresent(faultSwitch::apply);
        } catch (RuntimeException e) {
            self.close();
            sampler.close();
            throw e;
        }
        recorder.metadata = metadata(settings, profile, directory, simulation, gatlingVersion, workload, start, null)
                .ended(null, sampler.endpoint());
        RunMetadataFile.write(directory.runJson(), recorder.metadata);
        return recorder;
    }

    /**
     * Writes run.json for an injector that refused to start its load at {@code refusedAt} (it reached the common
     * start too late): no load, so it ends when it starts and its endpoint was never scraped.
     */
    public static void recordRefusedStart(
            RunSettings settings,
            LoadedProfile profile,
            RunDirectory directory,
            String simulation,
            String gatlingVersion,
            Workload workload,
            long refusedAt) {
        writeProfile(profile, directory);
        RunMetadataFile.write(
                directory.runJson(),
                metadata(settings, profile, directory, simulation, gatlingVersion, workload, refusedAt, refusedAt)
                        .ended(
                                refusedAt,
                                new RunMetadata.MetricsEndpoint(
                                        settings.metricsUrl().toString(),
                                        false,
                                        "not scraped: the injector refused to start late")));
    }

    private static void writeProfile(LoadedProfile profile, RunDirectory directory) {
        try {
            byte[] profileJson = new ProfileWriter().toBytes(profile.profile());
            AtomicFile.write(directory.profileJson(), target -> Files.write(target, profileJson));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + directory.profileJson() + ": " + e.getMessage(), e);
        }
    }

    private static RunMetadata metadata(
            RunSettings settings,
            LoadedProfile profile,
            RunDirectory directory,
            String simulation,
            String gatlingVersion,
            Workload workload,
            long start,
            Long end) {
        Long planned = settings.startAt() == null ? null : settings.startAt().toEpochMilli();
        return new RunMetadata(
                RunMetadata.SCHEMA_VERSION,
                directory.runId(),
                new RunMetadata.ProfileRef(
                        profile.profile().name(),
                        profile.source(),
                        profile.sha256(),
                        profile.profile().kind().id()),
                settings.baseUrl().toString(),
                simulation,
                start,
                end,
                gatlingVersion,
                GitRevision.current().orElse(null),
                new RunMetadata.Injector(
                        settings.injectorIndex(),
                        settings.injectorCount(),
                        planned,
                        planned == null ? null : start,
                        planned == null ? null : settings.startTolerance().toMillis()),
                null,
                workload,
                null);
    }

    public RunDirectory directory() {
        return directory;
    }

    /** Records that the run was stopped early; {@link #finish()} writes it to run.json. */
    public synchronized void aborted(RunMetadata.Abort abort) {
        this.abort = abort;
    }

    /** Stops sampling, switches faults off and writes the end time; a second call does nothing. */
    public synchronized void finish() {
        if (finished) {
            return;
        }
        finished = true;
        long end = clock.millis();
        try {
            try {
                self.close();
            } finally {
                sampler.close();
            }
        } finally {
            if (faults.isPresent()) {
                faultSwitch.clear();
            }
            metadata = metadata.ended(end, sampler.endpoint(), abort);
            RunMetadataFile.write(directory.runJson(), metadata);
        }
    }
}
