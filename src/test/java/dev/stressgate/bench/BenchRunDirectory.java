package dev.stressgate.bench;

import dev.stressgate.profile.LoadedProfile;
import dev.stressgate.profile.ProfileLoader;
import dev.stressgate.profile.ProfileWriter;
import dev.stressgate.report.gatling.RunHeader;
import dev.stressgate.report.gatling.SimulationLogReader;
import dev.stressgate.run.GitRevision;
import dev.stressgate.run.RunDirectory;
import dev.stressgate.run.RunMetadata;
import dev.stressgate.run.RunMetadataFile;
import dev.stressgate.simulations.flows.FlowCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Wraps an existing simulation.log into a run directory as a load run leaves it, written with the project's own
 * run and profile classes: run.json (start from the log's run record, end at the log's last write), profile.json
 * (the given profile, resolved) and {@code gatling/<run folder>/simulation.log} as a symbolic link to the log.
 * There is no scrape.jsonl: the target's metrics endpoint is recorded as unavailable.
 */
final class BenchRunDirectory {

    private BenchRunDirectory() {}

    static Path create(Path artifactDir, Path simulationLog, String profileName, String baseUrl) throws IOException {
        RunHeader header = SimulationLogReader.readHeader(simulationLog);
        LoadedProfile profile = new ProfileLoader(FlowCatalogue.SOCIAL.knownFlows()).load(profileName);
        Instant start = Instant.ofEpochMilli(header.runStartEpochMs());
        RunDirectory directory =
                RunDirectory.create(artifactDir, start, profile.profile().name());
        fill(directory, simulationLog, header, profile, baseUrl, new RunMetadata.Injector(0, 1));
        return directory.path();
    }

    /**
     * A run shared by {@code injectors} injectors ({@code <run id>/injector-<index>/}, as GatlingLauncher lays it
     * out), every one of them holding a link to the same {@code simulationLog}; returns the shared directory.
     */
    static Path createShared(Path artifactDir, Path simulationLog, String profileName, String baseUrl, int injectors)
            throws IOException {
        RunHeader header = SimulationLogReader.readHeader(simulationLog);
        LoadedProfile profile = new ProfileLoader(FlowCatalogue.SOCIAL.knownFlows()).load(profileName);
        String runId = RunDirectory.runId(
                Instant.ofEpochMilli(header.runStartEpochMs()),
                profile.profile().name());
        for (int index = 0; index < injectors; index++) {
            fill(
                    RunDirectory.createForInjector(artifactDir, runId, index),
                    simulationLog,
                    header,
                    profile,
                    baseUrl,
                    new RunMetadata.Injector(index, injectors));
        }
        return artifactDir.resolve(runId);
    }

    private static void fill(
            RunDirectory directory,
            Path simulationLog,
            RunHeader header,
            LoadedProfile profile,
            String baseUrl,
            RunMetadata.Injector injector)
            throws IOException {
        Files.write(directory.profileJson(), new ProfileWriter().toBytes(profile.profile()));

        Path runFolder = Files.createDirectories(
                directory.gatlingResults().resolve(simulationLog.getParent().getFileName()));
        Files.createSymbolicLink(runFolder.resolve("simulation.log"), simulationLog.toAbsolutePath());

        long end = Math.max(
                header.runStartEpochMs(),
                Files.getLastModifiedTime(simulationLog).toMillis());
        RunMetadataFile.write(
                directory.runJson(),
                new RunMetadata(
                        RunMetadata.SCHEMA_VERSION,
                        directory.runId(),
                        new RunMetadata.ProfileRef(
                                profile.profile().name(),
                                profile.source(),
                                profile.sha256(),
                                profile.profile().kind().id()),
                        baseUrl,
                        header.simulationClass(),
                        header.runStartEpochMs(),
                        end,
                        header.gatlingVersion(),
                        GitRevision.current().orElse(null),
                        injector,
                        new RunMetadata.MetricsEndpoint(
                                baseUrl + "/metrics", false, "benchmark run: no target was scraped"),
                        FlowCatalogue.SOCIAL.workload(),
                        null));
    }
}
