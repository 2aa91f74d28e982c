package dev.stressgate.report.cli;

import dev.stressgate.run.RunDirectory;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --artifact-dir}, defaulting to {@code ARTIFACT_DIR}, then to the default location: all that {@code index} reads. */
final class ArtifactDirOption {
    @Option(
            names = "--artifact-dir",
            paramLabel = "DIR",
            defaultValue = "${env:ARTIFACT_DIR:-" + RunDirectory.DEFAULT_LOCATION + "}",
            description = "Directory of the run directories and index.html (env ARTIFACT_DIR, default "
                    + RunDirectory.DEFAULT_LOCATION + ")")
    Path artifactDir;
}
