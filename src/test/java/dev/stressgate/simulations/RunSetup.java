package dev.stressgate.simulations;

import dev.stressgate.live.LiveRun;
import dev.stressgate.live.LiveSettings;
import dev.stressgate.profile.LoadProfile;
import dev.stressgate.profile.LoadShare;
import dev.stressgate.profile.LoadedProfile;
import dev.stressgate.profile.ProfileLoader;
import dev.stressgate.run.RunDirectory;
import dev.stressgate.run.RunMetadata;
import dev.stressgate.run.RunRecorder;
import dev.stressgate.run.RunSettings;
import dev.stressgate.run.StartGate;
import dev.stressgate.simulations.flows.FlowCatalogue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * What a simulation resolves before any load: settings, the validated profile and the run directory that
 * {@link GatlingLauncher} created for it, or that {@code mvn gatling:test} named in the pom ({@code -Drun.dir}). The
 * simulation never chooses a directory itself.
 */
public record RunSetup(RunSettings settings, LoadedProfile profile, RunDirectory directory) {

    /** Resolves the run of a simulation whose flows are {@code catalogue}'s; the profile is checked against them. */
    public static RunSetup resolve(FlowCatalogue catalogue) {
        RunSettings settings = RunSettings.fromProcess();
        LoadedProfile profile = new ProfileLoader(catalogue.knownFlows()).load(settings.profile());
        Path runDir = settings.presetRunDir()
                .orElseThrow(() -> new IllegalStateException("no run directory (-D"
                        + RunSettings.RUN_DIR_PROPERTY
                        + "): start simulations through GatlingLauncher (scripts/stress-run.sh, "
                        + "IdeRunner) or `mvn gatling:test`, which name it"));
        return new RunSetup(settings, profile, RunDirectory.openNamed(runDir));
    }

    /** This injector's share of the profile's load (the whole load for a single injector). */
    public LoadShare loadShare() {
        return new LoadShare(settings.injectorIndex(), settings.injectorCount());
    }

    /**
     * Waits for the common start when the run has one ({@code RUN_START_AT}), then starts the run's bookkeeping
     * (run.json with the catalogue's workload, profile.json, metrics sampling, faults) for this simulation. An
     * injector that reaches the common start too late records that in run.json and ends its JVM with
     * {@link GatlingLauncher#LATE_START}.
     */
    public RunRecorder startRecording(Class<?> simulation, FlowCatalogue catalogue) {
        if (settings.startAt() != null) {
            awaitCommonStart(simulation, catalogue);
        }
        return RunRecorder.start(
                settings,
                profile,
                directory,
                simulation.getName(),
                GatlingVersion.current(),
                catalogue.workload(),
                Clock.systemUTC());
    }

    private void awaitCommonStart(Class<?> simulation, FlowCatalogue catalogue) {
        String injector = "injector " + settings.injectorIndex() + " of " + settings.injectorCount();
        System.out.println("==> " + injector + " waits for the common start " + settings.startAt());
        try {
            StartGate.systemClock(settings.startAt(), settings.startTolerance()).await(injector);
        } catch (StartGate.LateStartException late) {
            RunRecorder.recordRefusedStart(
                    settings,
                    profile,
                    directory,
                    simulation.getName(),
                    GatlingVersion.current(),
                    catalogue.workload(),
                    late.actualStart().toEpochMilli());
            System.out.flush();
            System.err.println("error: " + late.getMessage());
            System.exit(GatlingLauncher.LATE_START);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the common start", e);
        }
    }

    /**
     * Starts the live view of the run (injector /metrics, live console, abort_when), settings from the process.
     *
     * @param openSockets the sockets the injector holds right now (the realtime recorder's count)
     */
    public LiveRun startLive(FlowCatalogue catalogue, LongSupplier openSockets) {
        LoadProfile loadProfile = profile.profile();
        return LiveRun.builder()
                .settings(LiveSettings.fromEnvironment())
                .workload(catalogue.workload())
                .run(directory.runId(), loadProfile, directory.path(), directory.gatlingResults())
                .serverCpuFrom(directory.scrapeJsonl())
                .openSockets(openSockets)
                .planned(Duration.ofSeconds(loadProfile.maxDuration().orElse(loadProfile.injectionSeconds())))
                .start();
    }

    /** Stops the live view and records in run.json whether an abort_when condition stopped the run. */
    public void finishLive(LiveRun live, RunRecorder recorder) {
        live.finish()
                .ifPresent(abort -> recorder.aborted(new RunMetadata.Abort(
                        abort.atEpochMs(), abort.condition().describe(), abort.reason())));
    }
}
