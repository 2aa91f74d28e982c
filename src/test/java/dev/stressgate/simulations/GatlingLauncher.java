package dev.stressgate.simulations;

import dev.stressgate.run.RunDirectory;
import dev.stressgate.run.RunSettings;
import io.gatling.javaapi.core.Simulation;
import io.gatling.shared.cli.GatlingCliOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;

/**
 * Runs a simulation inside this JVM with the same result layout as {@code mvn gatling:test}: it picks the run
 * directory, hands it to the simulation as {@code run.dir} and points Gatling's results folder at its
 * {@code gatling/} folder. System properties given in {@code overrides} are set for the run and restored after.
 */
public final class GatlingLauncher {

    /** Where the run went and Gatling's exit status (0 ok, 2 assertions failed, other values errors). */
    public record Outcome(Path runDir, int statusCode) {
    }

    private GatlingLauncher() {
    }

    public static Outcome run(Class<? extends Simulation> simulation, Map<String, String> overrides) {
        Properties saved = (Properties) System.getProperties().clone();
        try {
            overrides.forEach(System::setProperty);
            RunSettings settings = RunSettings.fromEnvironment();
            Path runDir = settings.presetRunDir().orElseGet(() -> RunDirectory.choose(settings.artifactDir(),
                    Clock.systemUTC().instant(), label(settings.profile())));
            System.setProperty(RunSettings.RUN_DIR_PROPERTY, runDir.toString());
            int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
                GatlingCliOptions.Simulation.longOption(), simulation.getName(),
                GatlingCliOptions.ResultsFolder.longOption(), runDir.resolve("gatling").toAbsolutePath().toString(),
                GatlingCliOptions.Launcher.longOption(), "stressgate"});
            return new Outcome(runDir, status);
        } finally {
            System.setProperties(saved);
        }
    }

    /** The run directory label of a profile given by name or by path ({@code profiles/x.json} gives {@code x}). */
    static String label(String profile) {
        String name = Path.of(profile).getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }
}
