package dev.stressgate.report.cli;

import dev.stressgate.report.pipeline.ReportSettings;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --artifact-dir}, over {@code ARTIFACT_DIR}, over the default: all that {@code index} and {@code gate} read. */
final class ArtifactDirOption {
    @Option(
            names = "--artifact-dir",
            paramLabel = "DIR",
            description = "Directory of the run directories and index.html (env ARTIFACT_DIR, default "
                    + ReportSettings.DEFAULT_ARTIFACT_DIR + ")")
    Path artifactDir;

    Path resolve(Map<String, String> environment) {
        return artifactDir != null ? artifactDir : ReportSettings.artifactDirFromEnvironment(environment);
    }
}
