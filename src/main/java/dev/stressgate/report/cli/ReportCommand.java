package dev.stressgate.report.cli;

import dev.stressgate.report.pipeline.ReportOptions;
import dev.stressgate.report.pipeline.ReportPipeline;
import dev.stressgate.report.pipeline.ReportSettings;
import dev.stressgate.report.pipeline.RunDirectories;
import dev.stressgate.report.pipeline.UnusableInputException;
import dev.stressgate.run.RunDirectory;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Writes summary.json, metrics.json, logs.json, ai-analysis.json, report.html/md/txt and junit.xml "
                    + "for a run, then refreshes index.html.",
            "Exit codes: 0 report written (whatever the run's status), 2 unusable input."
        })
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    StressgateCli cli;

    @Spec
    CommandSpec spec;

    @Mixin
    SettingsOptions options;

    @Option(
            names = "--run-dir",
            paramLabel = "DIR",
            description = "Run directory (default: the one the latest run recorded in <artifact dir>/"
                    + RunDirectory.LATEST_POINTER + ")")
    Path runDir;

    @Option(
            names = "--baseline",
            paramLabel = "DIR",
            description =
                    "Run directory to compare with (default: the "
                            + "latest earlier run of the same profile file against the same base URL, preferring one that passed its gate)")
    Path baseline;

    @Option(names = "--no-baseline", description = "Compare with no earlier run")
    boolean noBaseline;

    @Option(
            names = "--refresh",
            description = "Ask Prometheus and Loki again even when an earlier report of this run "
                    + "stored what they answered (stored data is kept when they have nothing now)")
    boolean refresh;

    @Option(names = "--no-ai", description = "Do not ask Ollama; the analysis is the deterministic one")
    boolean noAi;

    /**
     * Unusable input, and contradicting options ({@code --baseline} with {@code --no-baseline}), end in
     * {@link StressgateCli}'s handler: one line on stderr, exit code 2. So do settings that each parse but do not
     * make settings together (a Loki selector that is no stream selector).
     */
    @Override
    public Integer call() throws UnusableInputException {
        ReportSettings settings;
        try {
            settings = options.settings(!noAi);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        Path dir = runDir != null ? runDir : new RunDirectories(settings.artifactDir()).latest();
        ReportPipeline.Result result = new ReportPipeline(settings, cli.out()::println)
                .run(dir, new ReportOptions(Optional.ofNullable(baseline), noBaseline, refresh));
        cli.out()
                .println("status " + result.analysis().status() + " (deterministic "
                        + result.analysis().deterministicStatus() + "), "
                        + result.artifacts().size() + " artifacts written");
        String coverage = result.analysis().coverage().headline();
        if (coverage != null) {
            cli.out().println(coverage);
        }
        return ExitCodes.OK;
    }
}
