package dev.stressgate.report.diagnosis;

import dev.stressgate.simulations.GatlingLauncher;
import dev.stressgate.simulations.SocialMixedSimulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Records one cell live: starts the target with a fresh log, runs the cell's profile against it with Gatling in
 * this JVM (the run itself switches the cell's faults on through {@code PUT /admin/faults} and samples
 * {@code /metrics} every 3 s into scrape.jsonl), stops the target and copies its log into the run directory.
 */
public final class CellRecording {
    static final int SCRAPE_INTERVAL_S = 3;

    private CellRecording() {}

    /** Returns the run directory, under {@code artifactDir/<target>/}. */
    public static Path record(FaultCatalogue catalogue, FaultCatalogue.Cell cell, MatrixTarget target, Path artifactDir)
            throws IOException {
        Path targetDir = artifactDir.resolve(target.id());
        Path work = targetDir.resolve("work-" + cell.id());
        Path profile = catalogue.writeProfile(cell, work);
        Path log = work.resolve(CellJudge.TARGET_LOG).toAbsolutePath();
        GatlingLauncher.Outcome outcome;
        try (MatrixTarget.Running running = target.start(log)) {
            outcome = GatlingLauncher.run(
                    SocialMixedSimulation.class,
                    Map.of(
                            "profile",
                            profile.toString(),
                            "base.url",
                            running.baseUrl().toString(),
                            "artifact.dir",
                            targetDir.toString(),
                            "scrape.interval.s",
                            Integer.toString(SCRAPE_INTERVAL_S)));
        }
        if (outcome.statusCode() != 0 && outcome.statusCode() != 2) {
            throw new IOException("Gatling crashed (status " + outcome.statusCode() + ") on " + target.id() + " / "
                    + cell.id() + "; see " + outcome.runDir());
        }
        Files.copy(log, outcome.runDir().resolve(CellJudge.TARGET_LOG), StandardCopyOption.REPLACE_EXISTING);
        return outcome.runDir();
    }
}
