package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stressgate.profile.Slo;
import dev.stressgate.report.gatling.RunSummary;
import dev.stressgate.report.gatling.SimulationLogSummarizer;
import dev.stressgate.report.gatling.SummaryWriter;
import dev.stressgate.run.RunMetadata;
import dev.stressgate.run.RunMetadataFile;
import dev.stressgate.run.Workload;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which earlier run a report compares with when no baseline is given, among several run directories. */
class BaselineLocatorTest {

    private static final String CURRENT = "20261122T050000Z-smoke";
    private static final String LOCAL = "http://127.0.0.1:8375";
    private static final String SMOKE_HASH = "a".repeat(64);

    @TempDir
    Path artifacts;

    private RunSummary summary;
    private final Set<String> passed = new HashSet<>();

    @BeforeEach
    void readSummary() throws IOException, URISyntaxException {
        summary = new SimulationLogSummarizer()
                .summarize(Path.of(getClass()
                        .getResource("/fixtures/gatling/injector-a/simulation.log")
                        .toURI()));
    }

    private RunMetadata metadata(String id, String profile, String sha256, String baseUrl) {
        return new RunMetadata(
                RunMetadata.SCHEMA_VERSION,
                id,
                new RunMetadata.ProfileRef(profile, "profiles/" + profile + ".json", sha256),
                baseUrl,
                summary.simulation(),
                1,
                2L,
                "3.15.1",
                null,
                new RunMetadata.Injector(0, 1),
                new RunMetadata.MetricsEndpoint(baseUrl + "/metrics", true, null),
                Workload.undeclared(),
                null);
    }

    private Path run(String id, String sha256, String baseUrl, boolean reported) throws IOException {
        Path dir = Files.createDirectories(artifacts.resolve(id));
        RunMetadataFile.write(dir.resolve("run.json"), metadata(id, "smoke", sha256, baseUrl));
        if (reported) {
            new SummaryWriter().writeInto(dir, summary);
        }
        return dir;
    }

    private BaselineChoice locate(String baseUrl) {
        return new BaselineLocator(dir -> passed.contains(dir.getFileName().toString()))
                .previous(artifacts, metadata(CURRENT, "smoke", SMOKE_HASH, baseUrl));
    }

    @Test
    void picksTheLatestEarlierReportedRunOfTheSameTargetAndProfileThatPassedItsGate() throws IOException {
        run("20261122T040000Z-smoke", SMOKE_HASH, LOCAL, true);
        run("20261122T041000Z-smoke", SMOKE_HASH, "HTTP://127.0.0.1:8375/", true);
        run("20261122T045000Z-smoke", SMOKE_HASH, LOCAL, true);
        run("20261122T045500Z-smoke", SMOKE_HASH, LOCAL, false);
        run("20261122T045800Z-smoke", "b".repeat(64), LOCAL, true);
        run("20261122T045900Z-smoke", SMOKE_HASH, "http://staging.example:8375", true);
        run(CURRENT, SMOKE_HASH, LOCAL, true);
        run("20261122T051000Z-smoke", SMOKE_HASH, LOCAL, true);
        passed.addAll(Set.of(
                "20261122T040000Z-smoke",
                "20261122T041000Z-smoke",
                "20261122T045800Z-smoke",
                "20261122T045900Z-smoke",
                "20261122T051000Z-smoke"));

        BaselineChoice choice = locate(LOCAL);

        assertThat(choice.baseline())
                .map(Baseline::runId)
                .as("not the failed 04:50, the unreported 04:55, the "
                        + "edited profile, the other target, itself or the later run")
                .contains("20261122T041000Z-smoke");
        assertThat(choice.reason()).contains("passed its gate").contains("http://127.0.0.1:8375");
        assertThat(choice.baseline().orElseThrow().client().global().count())
                .isEqualTo(summary.global().count());
        assertThat(choice.baseline().orElseThrow().client().distributions().has(Slo.GLOBAL))
                .isTrue();
    }

    @Test
    void withoutAPassedRunTheLatestComparableRunServesAndSaysSo() throws IOException {
        run("20261122T040000Z-smoke", SMOKE_HASH, LOCAL, true);
        run("20261122T045000Z-smoke", SMOKE_HASH, LOCAL, true);

        BaselineChoice choice = locate(LOCAL);

        assertThat(choice.baseline()).map(Baseline::runId).contains("20261122T045000Z-smoke");
        assertThat(choice.reason()).contains("none of them passed its gate");
    }

    @Test
    void twoRunsOfOneProfileAgainstDifferentBaseUrlsNeverBaselineEachOther() throws IOException {
        run("20261122T045000Z-smoke", SMOKE_HASH, "http://staging.example:8375", true);
        passed.add("20261122T045000Z-smoke");

        BaselineChoice choice = locate(LOCAL);

        assertThat(choice.baseline()).isEmpty();
        assertThat(choice.reason()).startsWith("No baseline: no reported earlier run against http://127.0.0.1:8375");
        assertThat(locate("http://staging.example:8375").baseline())
                .map(Baseline::runId)
                .contains("20261122T045000Z-smoke");
    }

    @Test
    void brokenSiblingsAreSkippedWithTheirCauseNeverFatal() throws IOException {
        run("20261122T040000Z-smoke", SMOKE_HASH, LOCAL, true);
        Path brokenRunJson = Files.createDirectories(artifacts.resolve("20261122T045800Z-smoke"));
        Files.writeString(brokenRunJson.resolve("run.json"), "{ not json");
        Path brokenSummary = run("20261122T045900Z-smoke", SMOKE_HASH, LOCAL, false);
        Files.writeString(brokenSummary.resolve("summary.json"), "{\"schema_version\": 1, \"global\": [");

        BaselineChoice choice = locate(LOCAL);

        assertThat(choice.baseline()).map(Baseline::runId).contains("20261122T040000Z-smoke");
        assertThat(choice.skipped())
                .hasSize(2)
                .anySatisfy(s -> assertThat(s).startsWith("20261122T045800Z-smoke: "))
                .anySatisfy(s ->
                        assertThat(s).startsWith("20261122T045900Z-smoke: ").contains("summary.json"));
    }

    @Test
    void aRunWithoutProfileHashHasNoAutomaticBaseline() throws IOException {
        run("20261122T040000Z-smoke", SMOKE_HASH, LOCAL, true);

        BaselineChoice choice =
                new BaselineLocator(dir -> true).previous(artifacts, metadata(CURRENT, "smoke", null, LOCAL));

        assertThat(choice.baseline()).isEmpty();
        assertThat(choice.reason()).contains("no profile hash");
        assertThat(new BaselineLocator(dir -> true)
                        .previous(artifacts.resolve("missing"), metadata(CURRENT, "smoke", SMOKE_HASH, LOCAL))
                        .baseline())
                .isEmpty();
    }

    @Test
    void anExplicitBaselineWithoutSummaryIsRefusedWithItsPath() throws IOException {
        Path dir = run("20261122T045000Z-smoke", SMOKE_HASH, LOCAL, false);

        assertThatThrownBy(() -> BaselineLocator.load(dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("summary.json");
    }

    @Test
    void baseUrlsAreComparedNormalised() {
        assertThat(BaselineTarget.normalise("HTTP://Example.COM:80/api/")).isEqualTo("http://example.com/api");
        assertThat(BaselineTarget.normalise("https://example.com:443")).isEqualTo("https://example.com");
        assertThat(BaselineTarget.normalise("http://example.com:8080")).isEqualTo("http://example.com:8080");
        assertThat(BaselineTarget.normalise("http://example.com:8080"))
                .isNotEqualTo(BaselineTarget.normalise("http://example.com:8081"));
    }
}
