package dev.stressgate.report.analysis;

import dev.stressgate.report.gatling.RunSummary;
import dev.stressgate.report.gatling.SimulationLogSummarizer;
import dev.stressgate.report.gatling.SummaryWriter;
import dev.stressgate.run.RunMetadata;
import dev.stressgate.run.RunMetadataFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which earlier run a report compares with when no baseline is given, among several run directories. */
class BaselineLocatorTest {

    private static final String CURRENT = "20261122T050000Z-smoke";

    @TempDir
    Path artifacts;

    private RunSummary summary;

    @BeforeEach
    void readSummary() throws IOException, URISyntaxException {
        summary = new SimulationLogSummarizer().summarize(
                Path.of(getClass().getResource("/fixtures/gatling/injector-a/simulation.log").toURI()));
    }

    private Path run(String id, String profile, boolean reported) throws IOException {
        Path dir = Files.createDirectories(artifacts.resolve(id));
        RunMetadataFile.write(dir.resolve("run.json"), new RunMetadata(RunMetadata.SCHEMA_VERSION, id,
                new RunMetadata.ProfileRef(profile, "profiles/" + profile + ".json", "0".repeat(64)),
                "http://127.0.0.1:8375", summary.simulation(), 1, 2L, "3.15.1", null, new RunMetadata.Injector(0, 1),
                new RunMetadata.MetricsEndpoint("http://127.0.0.1:8375/metrics", true, null)));
        if (reported) {
            new SummaryWriter().writeInto(dir, summary);
        }
        return dir;
    }

    @Test
    void picksTheLatestEarlierReportedRunOfTheSameProfile() throws IOException {
        run("20261122T040000Z-smoke", "smoke", true);
        run("20261122T045000Z-smoke", "smoke", true);
        run("20261122T045000Z-smoke-2", "smoke", true);
        run("20261122T045500Z-smoke", "smoke", false);
        run("20261122T045800Z-fault-smoke", "fault-smoke", true);
        run("20261122T045900Z-medium", "medium", true);
        run(CURRENT, "smoke", true);
        run("20261122T051000Z-smoke", "smoke", true);
        Path noRunJson = Files.createDirectories(artifacts.resolve("20261122T045930Z-smoke"));
        new SummaryWriter().writeInto(noRunJson, summary);

        Optional<Baseline> baseline = new BaselineLocator().previous(artifacts, CURRENT, "smoke");

        assertThat(baseline).map(Baseline::runId).as("not the unreported 04:55, the other profiles, the run "
                + "without run.json, itself or the later run").contains("20261122T045000Z-smoke-2");
        assertThat(baseline.orElseThrow().client().global().count()).isEqualTo(summary.global().count());
    }

    @Test
    void noEarlierRunOfTheProfileMeansNoBaseline() throws IOException {
        run(CURRENT, "smoke", true);
        run("20261122T045800Z-fault-smoke", "fault-smoke", true);
        Path broken = Files.createDirectories(artifacts.resolve("20261122T045900Z-smoke"));
        Files.writeString(broken.resolve("run.json"), "{ not json");
        new SummaryWriter().writeInto(broken, summary);

        assertThat(new BaselineLocator().previous(artifacts, CURRENT, "smoke")).isEmpty();
        assertThat(new BaselineLocator().previous(artifacts.resolve("missing"), CURRENT, "smoke")).isEmpty();
    }

    @Test
    void anExplicitBaselineWithoutSummaryIsRefusedWithItsPath() throws IOException {
        Path dir = run("20261122T045000Z-smoke", "smoke", false);

        assertThatThrownBy(() -> new BaselineLocator().load(dir)).isInstanceOf(IOException.class)
                .hasMessageContaining(dir.toString()).hasMessageContaining("summary.json");
    }
}
