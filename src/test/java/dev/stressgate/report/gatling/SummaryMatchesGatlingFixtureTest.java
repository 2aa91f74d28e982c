package dev.stressgate.report.gatling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.report.gatling.fixture.GatlingReportStats;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Committed real simulation.log files against Gatling's own figures from the same runs (gatling-stats.json). */
class SummaryMatchesGatlingFixtureTest {

    @ParameterizedTest
    @ValueSource(strings = {"injector-a", "injector-b"})
    void summaryAgreesWithGatlingsOwnReport(String fixture) throws Exception {
        Path dir = Fixtures.dir(fixture);
        GatlingReportStats gatling = GatlingReportStats.readJson(dir.resolve("gatling-stats.json"));

        RunSummary summary = new SimulationLogSummarizer().summarize(dir.resolve("simulation.log"));
        RecordingListener raw = new RecordingListener();
        SimulationLogReader.read(dir.resolve("simulation.log"), raw);

        assertThat(gatling.requests()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(gatling.global().ko()).isPositive();
        GatlingAgreement.assertAgrees(summary, gatling, raw);
    }
}
