package dev.stressgate.report.pipeline;

import dev.stressgate.profile.LoadProfile;
import dev.stressgate.profile.ProfileException;
import dev.stressgate.profile.ProfileLoader;
import dev.stressgate.report.ai.AiAnalysis;
import dev.stressgate.report.ai.AiAnalysisJson;
import dev.stressgate.run.RunDirectory;
import dev.stressgate.run.RunMetadata;
import dev.stressgate.run.RunMetadataFile;
import dev.stressgate.run.realtime.RealtimeStats;
import dev.stressgate.run.realtime.RealtimeStatsFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the run's inputs the verdict depends on, failing closed: run.json and profile.json must both be present
 * and valid, else the run is unusable (exit 2) with the file, the field and what was expected. A run judged
 * without its SLOs could pass a gate it should fail, so a damaged profile is never "no SLOs". The gate reads
 * ai-analysis.json through {@link #analysis}, after checking run.json and profile.json the same way.
 */
public final class VerdictInputReader {

    private VerdictInputReader() {}

    public static RunMetadata run(Path runDir) throws UnusableInputException {
        Path runJson = RunDirectory.at(runDir).runJson();
        if (!Files.isRegularFile(runJson)) {
            throw new UnusableInputException(runJson + " is missing: " + runDir
                    + " is not a Stressgate run directory (the simulation writes run.json when it starts)");
        }
        try {
            return RunMetadataFile.read(runJson);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new UnusableInputException(e.getMessage(), e);
        }
    }

    public static LoadProfile profile(Path runDir) throws UnusableInputException {
        Path file = RunDirectory.at(runDir).profileJson();
        if (!Files.isRegularFile(file)) {
            throw new UnusableInputException(file + " is missing: the SLOs the run is judged by come from it (the "
                    + "simulation copies the profile there when it starts); without it no verdict can be given");
        }
        try {
            return ProfileLoader.ofRecordedRun().load(file).profile();
        } catch (ProfileException e) {
            throw new UnusableInputException("unusable profile, no verdict without its SLOs: " + e.getMessage(), e);
        }
    }

    /**
     * The injector's realtime measurements (realtime.json), empty when the run wrote none; for a run shared by several
     * injectors, those of every injector that wrote one, merged. A broken file is unusable input, as the realtime SLOs
     * are judged on it.
     */
    public static Optional<RealtimeStats> realtime(Path runDir) throws UnusableInputException {
        try {
            List<RealtimeStats> injectors = new ArrayList<>();
            for (Path injectorDir : RunDirectory.injectorDirs(runDir)) {
                RealtimeStatsFile.readIfPresent(RunDirectory.at(injectorDir).realtimeJson())
                        .ifPresent(injectors::add);
            }
            return injectors.isEmpty()
                    ? RealtimeStatsFile.readIfPresent(RunDirectory.at(runDir).realtimeJson())
                    : Optional.of(RealtimeStats.merged(injectors));
        } catch (IOException e) {
            throw new UnusableInputException("cannot list the injectors of " + runDir + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new UnusableInputException(e.getMessage(), e);
        }
    }

    /**
     * The reported analysis of a run for the gate: an interrupted artifact commit is finished first, run.json and
     * profile.json must still be usable, and ai-analysis.json must be valid and belong to this run.
     */
    public static AiAnalysis analysis(Path runDir) throws UnusableInputException {
        try {
            ArtifactStaging.recover(runDir);
        } catch (IOException e) {
            throw new UnusableInputException(
                    "cannot recover the staged artifacts in " + runDir + ": " + e.getMessage(), e);
        }
        RunMetadata run = run(runDir);
        profile(runDir);
        Path file = runDir.resolve(AiAnalysisJson.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new UnusableInputException("no " + file + "; the run has not been reported yet (run the 'report' "
                    + "subcommand, e.g. 'make ai-report', before the gate)");
        }
        AiAnalysis analysis;
        try {
            analysis = new AiAnalysisJson().read(file);
        } catch (IOException e) {
            throw new UnusableInputException(e.getMessage(), e);
        }
        if (!run.runId().equals(analysis.runId())) {
            throw new UnusableInputException(file + ": field 'run_id': expected \"" + run.runId()
                    + "\" (run.json), got " + (analysis.runId() == null ? "nothing" : "\"" + analysis.runId() + "\""));
        }
        return analysis;
    }
}
