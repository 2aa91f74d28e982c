package dev.stressgate.run;

import dev.stressgate.profile.LoadedProfile;
import dev.stressgate.profile.ProfileWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;

/**
 * The run's own bookkeeping around the load: at start it writes profile.json and run.json (start time) and starts
 * the metrics sampler (and the profile's faults, if any); at finish it stops them and completes run.json.
 */
public final class RunRecorder {
    private final RunDirectory directory;
    private final MetricsSampler sampler;
    private final FaultSwitch faultSwitch;
    private final LoadedProfile profile;
    private final Clock clock;
    private RunMetadata metadata;
    private RunMetadata.Abort abort;
    private boolean finished;

    private RunRecorder(
            RunDirectory directory,
            MetricsSampler sampler,
            FaultSwitch faultSwitch,
            LoadedProfile profile,
            Clock clock) {
        this.directory = directory;
        this.sampler = sampler;
        this.faultSwitch = faultSwitch;
        this.profile = profile;
        this.clock = clock;
    }

    /**
     * Starts recording a run.
     *
     * @param simulation     fully qualified class name of the Gatling simulation
     * @param gatlingVersion version of the Gatling engine producing the results
     */
    public static RunRecorder start(
            RunSettings settings,
            LoadedProfile profile,
            RunDirectory directory,
            String simulation,
            String gatlingVersion,
            Clock clock) {
        long start = clock.millis();
        try {
            byte[] profileJson = new ProfileWriter().toBytes(profile.profile());
            AtomicFile.write(directory.profileJson(), target -> Files.write(target, profileJson));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + directory.profileJson() + ": " + e.getMessage(), e);
        }
        FaultSwitch faultSwitch = new FaultSwitch(settings.baseUrl(), settings.outboundHttp());
        MetricsSampler sampler = new MetricsSampler(
                settings.metricsUrl(),
                directory.scrapeJsonl(),
                settings.scrapeInterval(),
                clock,
                settings.outboundHttp(),
                System.out::println);
        RunRecorder recorder = new RunRecorder(directory, sampler, faultSwitch, profile, clock);
        sampler.start();
        try {
            profile.profile().faultsToInject().ifPresent(faultSwitch::apply);
        } catch (RuntimeException e) {
            sampler.close();
            throw e;
        }
        recorder.metadata = new RunMetadata(
                RunMetadata.SCHEMA_VERSION,
                directory.runId(),
                new RunMetadata.ProfileRef(profile.profile().name(), profile.source(), profile.sha256()),
                settings.baseUrl().toString(),
                simulation,
                start,
                null,
                gatlingVersion,
                GitRevision.current().orElse(null),
                new RunMetadata.Injector(settings.injectorIndex(), settings.injectorCount()),
                sampler.endpoint());
        RunMetadataFile.write(directory.runJson(), recorder.metadata);
        return recorder;
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
            sampler.close();
        } finally {
            if (profile.profile().faultsToInject().isPresent()) {
                faultSwitch.clear();
            }
            metadata = metadata.ended(end, sampler.endpoint(), abort);
            RunMetadataFile.write(directory.runJson(), metadata);
        }
    }
}
