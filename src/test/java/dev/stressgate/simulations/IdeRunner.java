package dev.stressgate.simulations;

import java.io.IOException;

/**
 * Runs a simulation from the IDE through {@link GatlingLauncher}, in this JVM, with the same run directory as
 * {@code scripts/stress-run.sh}. Arguments: {@code [simulation class] [profile]}, defaulting to
 * {@link SocialMixedSimulation} and {@code -Dprofile} (else smoke); {@code BASE_URL}/{@code -Dbase.url} choose the
 * target. The run configuration needs the VM option {@code --add-opens=java.base/java.lang=ALL-UNNAMED}, as
 * Gatling's own launchers set; the JVM ends with Gatling's status.
 */
public final class IdeRunner {

    private IdeRunner() {}

    public static void main(String[] args) throws IOException {
        if (args.length > 1) {
            System.setProperty("profile", args[1]);
        }
        GatlingLauncher.main(args.length > 0 ? new String[] {args[0]} : new String[0]);
    }
}
