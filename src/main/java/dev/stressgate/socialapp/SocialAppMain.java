package dev.stressgate.socialapp;

import dev.stressgate.config.ConfigException;
import dev.stressgate.socialapp.config.EnvironmentConfig;
import dev.stressgate.socialapp.config.SocialAppConfig;
import dev.stressgate.socialapp.logging.StandaloneLogging;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the reference app as its own process, configured by environment variables / system properties
 * (see {@link EnvironmentConfig}). Prints one line when listening; stops cleanly on SIGTERM/SIGINT.
 * A start that fails prints one line to stderr and exits with status 1.
 */
public final class SocialAppMain {

    private SocialAppMain() {}

    public static void main(String[] args) throws InterruptedException {
        StandaloneLogging.configure();
        SocialApp app;
        try {
            SocialAppConfig config = EnvironmentConfig.fromSystem();
            app = SocialApp.start(config);
        } catch (ConfigException | SocialAppStartException e) {
            System.err.println("Stressgate reference app failed to start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        SocialApp running = app;
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            running.close();
                            stopped.countDown();
                        },
                        "socialapp-shutdown"));
        System.out.println("Stressgate reference app listening on " + app.baseUrl() + " (log: " + app.logFile() + ")");
        System.out.flush();
        stopped.await();
    }
}
