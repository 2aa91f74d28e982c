package dev.stressgate.report.cli;

import dev.stressgate.config.Environment;
import dev.stressgate.report.pipeline.UnusableInputException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Command line entry point of the report engine: {@code report}, {@code index} and {@code gate}. Each option defaults
 * to its environment variable ({@link EnvironmentDefaults}): {@code report} reads every source's (see
 * {@link SettingsOptions}), {@code index} and {@code gate} only ARTIFACT_DIR. Errors are one clear message on
 * stderr, never a stack trace.
 */
@Command(
        name = "stressgate",
        mixinStandardHelpOptions = true,
        version = "stressgate 0.1.0",
        description = "Stressgate report engine: turns a Gatling run directory into reports and a CI verdict.",
        subcommands = {ReportCommand.class, IndexCommand.class, GateCommand.class})
public final class StressgateCli implements Callable<Integer> {
    private final PrintWriter out;
    private final PrintWriter err;

    StressgateCli(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(execute(args, Environment.ofProcess(), out, err));
    }

    /** Runs one command line with these environment variables (and no system properties); returns its exit code. */
    static int execute(String[] args, Map<String, String> variables, PrintWriter out, PrintWriter err) {
        return execute(args, Environment.of(variables), out, err);
    }

    static int execute(String[] args, Environment environment, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLine(environment, out, err);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The command line, its options' defaults taken from {@code environment}. */
    static CommandLine commandLine(Environment environment, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new StressgateCli(out, err))
                .setDefaultValueProvider(new EnvironmentDefaults(environment))
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(StressgateCli::invalidInput)
                .setExitCodeExceptionMapper(e -> ExitCodes.UNUSABLE_INPUT)
                .setExecutionExceptionHandler((e, cmd, parseResult) -> {
                    cmd.getErr().println("stressgate " + cmd.getCommandName() + ": " + describe(e));
                    return ExitCodes.UNUSABLE_INPUT;
                });
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.UNUSABLE_INPUT);
        return commandLine;
    }

    /**
     * An unusable command line: picocli's message, naming the environment variable when the bad value was an
     * option's default from it, then picocli's suggestions for a mistyped option and where the options are listed.
     */
    private static int invalidInput(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(e.getMessage() + variableOrigin(e.getArgSpec(), args));
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
        return ExitCodes.UNUSABLE_INPUT;
    }

    private static String variableOrigin(ArgSpec argSpec, String[] args) {
        if (!(argSpec instanceof OptionSpec option)) {
            return "";
        }
        boolean given = Arrays.stream(args)
                .anyMatch(arg ->
                        Arrays.stream(option.names()).anyMatch(name -> arg.equals(name) || arg.startsWith(name + "=")));
        return given
                ? ""
                : EnvironmentDefaults.variable(argSpec)
                        .map(variable -> " (the value of " + variable + ")")
                        .orElse("");
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

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }
}
