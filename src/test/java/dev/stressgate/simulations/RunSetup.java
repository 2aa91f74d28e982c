package dev.stressgate.simulations;

import dev.stressgate.profile.LoadedProfile;
import dev.stressgate.profile.ProfileLoader;
import dev.stressgate.run.RunDirectory;
import dev.stressgate.run.RunRecorder;
import dev.stressgate.run.RunSettings;
import dev.stressgate.simulations.flows.FlowCatalogue;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What a simulation resolves before any load: settings, the validated profile and the run directory that
 * {@link GatlingLauncher} created for it, or that {@code mvn gatling:test} named in the pom ({@code -Drun.dir}). The
 * simulation never chooses a directory itself.
 */
public record RunSetup(RunSettings settings, LoadedProfile profile, RunDirectory directory) {

    /** Resolves the run of a simulation whose flows are {@code catalogue}'s; the profile is checked against them. */
    public static RunSetup resolve(FlowCatalogue catalogue) {
        RunSettings settings = RunSettings.fromEnvironment();
        LoadedProfile profile = new ProfileLoader(catalogue.knownFlows()).load(settings.profile());
        Path runDir = settings.presetRunDir()
                .orElseThrow(() -> new IllegalStateException("no run directory (-D"
                        + RunSettings.RUN_DIR_PROPERTY
                        + "): start simulations through GatlingLauncher (scripts/stress-run.sh, "
                        + "IdeRunner) or `mvn gatling:test`, which name it"));
        return new RunSetup(settings, profile, RunDirectory.openNamed(runDir));
    }

    /**
     * Starts the run's bookkeeping (run.json with the catalogue's workload, profile.json, metrics sampling, faults)
     * for this simulation.
     */
    public RunRecorder startRecording(Class<?> simulation, FlowCatalogue catalogue) {
        return RunRecorder.start(
                settings,
                profile,
                directory,
                simulation.getName(),
                GatlingVersion.current(),
                catalogue.workload(),
                Clock.systemUTC());
    }
}
