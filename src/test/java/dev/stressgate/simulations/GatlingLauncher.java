package dev.stressgate.simulations;

import dev.stressgate.live.LiveSettings;
import dev.stressgate.profile.LoadShare;
import dev.stressgate.profile.LoadedProfile;
import dev.stressgate.profile.ProfileException;
import dev.stressgate.profile.ProfileLoader;
import dev.stressgate.run.RunDirectory;
import dev.stressgate.run.RunSettings;
import dev.stressgate.simulations.flows.FlowCatalogue;
import io.gatling.javaapi.core.Simulation;
import io.gatling.shared.cli.GatlingCliOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one way a load run starts, for {@code scripts/stress-run.sh}, the IDE and the integration tests alike. Before
 * anything else it resolves the settings and validates the profile; only then does it create the run directory
 * ({@link RunDirectory}: {@code <UTC time>-<run.name or the profile's name>}), print it, write it to the
 * {@code --run-dir-file} when given, and start Gatling through its command-line entry point
 * ({@code io.gatling.app.Gatling.main}, what Gatling's own Maven plugin runs) with the results folder inside the
 * run directory. The simulation finds the directory as {@code -Drun.dir} and records it in run.json.
 *
 * <p>Command line: {@code GatlingLauncher [--check] [--run-dir-file FILE] [simulation class]}, settings as
 * {@link RunSettings} reads them (system properties, environment). {@code --check} only validates the settings and
 * the profile. Exit status: Gatling's (0 ok, 2 assertions failed), {@value #CANNOT_START} with one line on
 * stderr when the run cannot start (unknown or invalid profile, bad setting), or {@value #LATE_START} when the
 * injector reached the common start ({@code RUN_START_AT}) too late and did not run.
 *
 * <p>One of several injectors sharing a run ({@code RUN_ID}, {@code INJECTOR_INDEX}, {@code INJECTOR_COUNT}, see
 * {@link RunSettings}) writes into {@code <ARTIFACT_DIR>/<RUN_ID>/injector-<index>/} and drives its share of the
 * profile ({@link dev.stressgate.profile.LoadShare}); {@code scripts/stress-distributed.sh} and the Kubernetes Job
 * start injectors this way.
 */
public final class GatlingLauncher {
    static final String REQUIRED_JVM_OPTION = "--add-opens=java.base/java.lang=ALL-UNNAMED";
    /** The run could not start: Gatling's own status for invalid arguments. */
    static final int CANNOT_START = 1;
    /** The injector reached the common start too late and did not run (distinct from Gatling's own statuses). */
    static final int LATE_START = 3;

    /** Where the run went and Gatling's exit status (0 ok, 2 assertions failed, other values errors). */
    public record Outcome(Path runDir, int statusCode) {}

    private GatlingLauncher() {}

    /** The command line: {@code [--check] [--run-dir-file FILE] [simulation class]}. */
    private record Arguments(boolean checkOnly, Path runDirFile, String simulation) {
        static Arguments parse(String[] args) {
            boolean checkOnly = false;
            Path runDirFile = null;
            String simulation = SocialMixedSimulation.class.getName();
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--check")) {
                    checkOnly = true;
                } else if (args[i].equals("--run-dir-file") && i + 1 < args.length) {
                    runDirFile = Path.of(args[++i]);
                } else if (args[i].startsWith("-")) {
                    throw new IllegalArgumentException("unknown option '" + args[i]
                            + "'; usage: GatlingLauncher [--check] [--run-dir-file FILE] [simulation class]");
                } else {
                    simulation = args[i];
                }
            }
            requireSimulation(simulation);
            return new Arguments(checkOnly, runDirFile, simulation);
        }
    }

    public static void main(String[] args) throws IOException {
        Arguments arguments;
        RunDirectory directory;
        try {
            arguments = Arguments.parse(args);
            RunSettings settings = RunSettings.fromProcess();
            FlowCatalogue catalogue = FlowCatalogue.of(Class.forName(arguments.simulation()));
            if (arguments.checkOnly()) {
                LoadedProfile profile = validProfile(settings, Clock.systemUTC().instant(), catalogue);
                System.out.println("profile '" + profile.profile().name() + "' (" + profile.source() + ") is valid");
                return;
            }
            if (!Object.class.getModule().isOpen("java.lang", GatlingLauncher.class.getModule())) {
                throw new IllegalArgumentException("Gatling needs the JVM option " + REQUIRED_JVM_OPTION);
            }
            directory = createRunDirectory(settings, Clock.systemUTC().instant(), catalogue);
        } catch (ProfileException | IllegalArgumentException | UncheckedIOException | ClassNotFoundException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(CANNOT_START);
            return;
        }
        System.out.println("==> run directory: " + directory.path());
        if (arguments.runDirFile() != null) {
            Files.writeString(
                    arguments.runDirFile(), directory.path() + System.lineSeparator(), StandardCharsets.UTF_8);
        }
        System.setProperty(RunSettings.RUN_DIR_PROPERTY, directory.path().toString());
        if (LiveSettings.fromEnvironment().console() == LiveSettings.Console.LIVE) {
            // the live view prints one line every few seconds instead of Gatling's table (CONSOLE=gatling keeps it)
            System.setProperty("gatling.data.writers.0", "file");
        }
        io.gatling.app.Gatling.main(new String[] {
            GatlingCliOptions.Simulation.longOption(), arguments.simulation(),
            GatlingCliOptions.ResultsFolder.longOption(),
                    directory.gatlingResults().toAbsolutePath().toString(),
            GatlingCliOptions.Launcher.longOption(), "stressgate"
        });
    }

    /**
     * Runs {@link #main} in a JVM of its own (Gatling ends its JVM when the run ends) with {@code overrides} as system
     * properties, copies its output to {@code System.out} and returns the run directory it created.
     *
     * @throws IllegalStateException when the run did not start (its reason is in the copied output)
     */
    public static Outcome run(Class<? extends Simulation> simulation, Map<String, String> overrides) {
        try {
            Path runDirFile = Files.createTempFile("stressgate-run-dir", ".txt");
            try {
                List<String> command = new ArrayList<>(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), REQUIRED_JVM_OPTION));
                overrides.forEach((key, value) -> command.add("-D" + key + "=" + value));
                command.addAll(List.of(
                        "-cp",
                        System.getProperty("java.class.path"),
                        GatlingLauncher.class.getName(),
                        "--run-dir-file",
                        runDirFile.toString(),
                        simulation.getName()));
                Process process =
                        new ProcessBuilder(command).redirectErrorStream(true).start();
                try (BufferedReader output = process.inputReader(StandardCharsets.UTF_8)) {
                    output.lines().forEach(System.out::println);
                }
                int status = process.waitFor();
                String runDir =
                        Files.readString(runDirFile, StandardCharsets.UTF_8).trim();
                if (runDir.isEmpty()) {
                    throw new IllegalStateException("the run of " + simulation.getSimpleName() + " did not start (exit "
                            + status + "); the reason is in the output above");
                }
                return new Outcome(Path.of(runDir), status);
            } finally {
                Files.deleteIfExists(runDirFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot start the run of " + simulation.getName() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + simulation.getSimpleName() + " ran", e);
        }
    }

    /**
     * Creates the run directory of a run starting at {@code start}, named after {@code run.name} or the profile's
     * name (also when the profile is given as a path); nothing is created when the profile or the name is invalid.
     */
    static RunDirectory createRunDirectory(RunSettings settings, Instant start) {
        return createRunDirectory(settings, start, FlowCatalogue.SOCIAL);
    }

    /** As {@link #createRunDirectory(RunSettings, Instant)}, the profile checked against the flows of {@code catalogue}. */
    static RunDirectory createRunDirectory(RunSettings settings, Instant start, FlowCatalogue catalogue) {
        LoadedProfile profile = validProfile(settings, start, catalogue);
        if (settings.sharedRun()) {
            return RunDirectory.createForInjector(settings.artifactDir(), settings.runId(), settings.injectorIndex());
        }
        return RunDirectory.create(
                settings.artifactDir(),
                start,
                settings.runLabel(profile.profile().name()));
    }

    /**
     * The run's profile, loaded and checked against the flows the simulation runs ({@link FlowCatalogue#of}), once its
     * run directory name is known to be usable.
     */
    private static LoadedProfile validProfile(RunSettings settings, Instant start, FlowCatalogue catalogue) {
        LoadedProfile profile = new ProfileLoader(catalogue.knownFlows()).load(settings.profile());
        RunDirectory.runId(start, settings.runLabel(profile.profile().name()));
        LoadShare share = new LoadShare(settings.injectorIndex(), settings.injectorCount());
        if (share.idle(profile.profile())) {
            throw new IllegalArgumentException("injector " + share.index() + " of " + share.count()
                    + " would get no users: profile '" + profile.profile().name() + "' has too few users to spread "
                    + "over " + share.count() + " injectors; use fewer injectors (INJECTOR_COUNT)");
        }
        return profile;
    }

    private static void requireSimulation(String className) {
        try {
            Class.forName(className).asSubclass(Simulation.class);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalArgumentException(
                    "simulation '" + className + "': expected the name of a Gatling Simulation class on the classpath");
        }
    }
}
