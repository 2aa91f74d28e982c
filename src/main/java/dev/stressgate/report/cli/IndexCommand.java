package dev.stressgate.report.cli;

import dev.stressgate.report.pipeline.ReportPipeline;
import dev.stressgate.report.pipeline.UnusableInputException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        description = {
            "Rewrites index.html in the artifact dir from every run directory found there.",
            "Exit codes: 0 written, 2 unusable input."
        })
final class IndexCommand implements Callable<Integer> {
    @ParentCommand
    StressgateCli cli;

    @Mixin
    ArtifactDirOption artifactDir;

    /** Unusable input ends in {@link StressgateCli}'s handler: one line on stderr, exit code 2. */
    @Override
    public Integer call() throws UnusableInputException {
        Path index = ReportPipeline.refreshIndex(artifactDir.artifactDir);
        cli.out().println("index: " + index);
        return ExitCodes.OK;
    }
}
