package dev.stressgate.simulations;

import io.gatling.javaapi.core.Simulation;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs a simulation from the IDE, in-process, with the same run directory layout as {@code mvn gatling:test}.
 * Arguments: {@code [simulation class] [profile]}, defaulting to {@link SocialMixedSimulation} and
 * {@code -Dprofile} (else smoke); {@code BASE_URL}/{@code -Dbase.url} choose the target.
 */
public final class IdeRunner {

    private IdeRunner() {
    }

    public static void main(String[] args) throws ClassNotFoundException {
        Class<? extends Simulation> simulation = args.length > 0
                ? Class.forName(args[0]).asSubclass(Simulation.class)
                : SocialMixedSimulation.class;
        Map<String, String> overrides = new HashMap<>();
        if (args.length > 1) {
            overrides.put("profile", args[1]);
        }
        GatlingLauncher.Outcome outcome = GatlingLauncher.run(simulation, overrides);
        System.out.println("Run directory: " + outcome.runDir().toAbsolutePath() + " (Gatling status "
                + outcome.statusCode() + ")");
        System.exit(outcome.statusCode());
    }
}
