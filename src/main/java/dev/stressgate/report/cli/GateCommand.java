package dev.stressgate.report.cli;

import dev.stressgate.report.pipeline.GateDecision;
import dev.stressgate.report.pipeline.RunDirectories;
import dev.stressgate.report.pipeline.UnusableInputException;
import dev.stressgate.report.pipeline.VerdictInputReader;
import dev.stressgate.run.RunDirectory;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "gate",
        mixinStandardHelpOptions = true,
        description = {
            "CI verdict of a reported run, from its ai-analysis.json (run 'report' first).",
            "Exit codes: 0 passed, 1 failed (deterministic status CRITICAL), 2 unusable input."
        })
final class GateCommand implements Callable<Integer> {
    @ParentCommand
    StressgateCli cli;

    @Mixin
    ArtifactDirOption artifactDir;

    @Option(
            names = "--run-dir",
            paramLabel = "DIR",
            description = "Run directory (default: the one the latest run recorded in <artifact dir>/"
                    + RunDirectory.LATEST_POINTER + ")")
    Path runDir;

    @Override
    public Integer call() {
        try {
            Path dir = runDir != null ? runDir : new RunDirectories(artifactDir.artifactDir).latest();
            GateDecision decision = GateDecision.of(VerdictInputReader.analysis(dir), dir);
            (decision.passed() ? cli.out() : cli.err()).println(decision.explanation());
            return decision.passed() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
        } catch (UnusableInputException e) {
            cli.err().println("GATE UNUSABLE: " + e.getMessage());
            return ExitCodes.UNUSABLE_INPUT;
        }
    }
}
