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
                        new RunMetadata.Injector(0, 1),
                        new RunMetadata.MetricsEndpoint(
                                baseUrl + "/metrics", false, "benchmark run: no target was scraped"),
                        FlowCatalogue.SOCIAL.workload()));
        return directory.path();
    }
}
