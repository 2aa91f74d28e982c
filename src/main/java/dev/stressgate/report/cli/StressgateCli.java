package dev.stressgate.report.cli;

import dev.stressgate.report.pipeline.UnusableInputException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Command line entry point of the report engine: {@code report}, {@code index} and {@code gate}. Settings come from
 * the environment and options override them: {@code report} reads every source's (see {@link SettingsOptions}),
 * {@code index} and {@code gate} only ARTIFACT_DIR. Errors are one clear message on stderr, never a stack trace.
 */
@Command(
        name = "stressgate",
        mixinStandardHelpOptions = true,
        version = "stressgate 0.1.0",
        description = "Stressgate report engine: turns a Gatling run directory into reports and a CI verdict.",
        subcommands = {ReportCommand.class, IndexCommand.class, GateCommand.class})
public final class StressgateCli implements Callable<Integer> {
    private final Map<String, String> environment;
    private final PrintWriter out;
    private final PrintWriter err;

    StressgateCli(Map<String, String> environment, PrintWriter out, PrintWriter err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(execute(args, System.getenv(), out, err));
    }

    /** Runs one command line and returns its exit code. */
    static int execute(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new StressgateCli(environment, out, err))
                .setOut(out)
                .setErr(err)
                .setExitCodeExceptionMapper(e -> ExitCodes.UNUSABLE_INPUT)
                .setExecutionExceptionHandler((e, cmd, parseResult) -> {
                    cmd.getErr().println("stressgate " + cmd.getCommandName() + ": " + describe(e));
                    return ExitCodes.UNUSABLE_INPUT;
                });
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.UNUSABLE_INPUT);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Qualified Java names ({@code dev.stressgate.x.Type}) in messages of unexpected failures, shown by simple name. */
    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+([A-Z][\\w$]*)");

    private static String describe(Exception e) {
        String message = e.getMessage();
        if (e instanceof UnusableInputException) {
            return message;
        }
        return "internal failure, a defect to report (the inputs passed their checks): "
                + (message == null || message.isBlank()
                        ? "no message"
                        : QUALIFIED_NAME.matcher(message).replaceAll("$1"));
    }

    /** Without a subcommand: the usage, on stderr, as for any other unusable command line. */
    @Override
    public Integer call() {
        new CommandLine(this).usage(err);
        return ExitCodes.UNUSABLE_INPUT;
    }

    Map<String, String> environment() {
        return environment;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }
}
