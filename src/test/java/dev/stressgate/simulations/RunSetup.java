package dev.stressgate.simulations;

import dev.stressgate.live.LiveRun;
import dev.stressgate.live.LiveSettings;
import dev.stressgate.profile.LoadProfile;
import dev.stressgate.profile.LoadedProfile;
import dev.stressgate.profile.ProfileLoader;
import dev.stressgate.run.RunDirectory;
import dev.stressgate.run.RunMetadata;
import dev.stressgate.run.RunRecorder;
import dev.stressgate.run.RunSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * What a simulation resolves before any load: settings, the validated profile and the run directory that
 * {@link GatlingLauncher} created for it, or that {@code mvn gatling:test} named in the pom ({@code -Drun.dir}). The
 * simulation never chooses a directory itself.
 */
public record RunSetup(RunSettings settings, LoadedProfile profile, RunDirectory directory) {

    public static RunSetup resolve() {
        RunSettings settings = RunSettings.fromEnvironment();
        LoadedProfile profile = new ProfileLoader().load(settings.profile());
        Path runDir = settings.presetRunDir()
                .orElseThrow(() -> new IllegalStateException("no run directory (-D"
                        + RunSettings.RUN_DIR_PROPERTY
                        + "): start simulations through GatlingLauncher (scripts/stress-run.sh, "
                        + "IdeRunner) or `mvn gatling:test`, which name it"));
        return new RunSetup(settings, profile, RunDirectory.openNamed(runDir));
    }

    /** Starts the run's bookkeeping (run.json, profile.json, metrics sampling, faults) for this simulation. */
    public RunRecorder startRecording(Class<?> simulation) {
        return RunRecorder.start(
                settings, profile, directory, simulation.getName(), GatlingVersion.current(), Clock.systemUTC());
    }

    /** Starts the live view of the run (injector /metrics, live console, abort_when), settings from the process. */
    public LiveRun startLive() {
        LoadProfile loadProfile = profile.profile();
        return LiveRun.builder()
                .settings(LiveSettings.fromEnvironment())
                .run(directory.runId(), loadProfile, directory.path(), directory.gatlingResults())
                .serverCpuFrom(directory.scrapeJsonl())
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
