package dev.stressgate.report.gatling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.report.gatling.fixture.GatlingReportStats;
import dev.stressgate.report.gatling.fixture.GatlingRunner;
import dev.stressgate.report.gatling.fixture.LoopbackHttpServer;
import dev.stressgate.report.gatling.fixture.ParserFixtureSimulation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Gatling 3.15.1 run, in this JVM, against a loopback HTTP server; the summary built from its
 * simulation.log must agree with the figures Gatling printed in its own HTML report for the same run. The run is
 * kept to {@value #USERS} users (36 requests) so that every population, the whole run included, stays within
 * the size where Gatling's t-digest holds each sample and its percentiles are exact: then every figure must be
 * equal. Above that size Gatling's percentiles are a randomised estimate (docs/percentiles.md); the committed
 * fixtures of {@link SummaryMatchesGatlingFixtureTest} cover that case with frozen reports.
 */
class GatlingRunIT {

    private static final int USERS = 4;

    @TempDir
    Path results;

    @Test
    void summaryOfARealRunAgreesWithGatlingsReport() throws Exception {
        Path runFolder;
        try (LoopbackHttpServer server = new LoopbackHttpServer(64)) {
            System.setProperty(ParserFixtureSimulation.BASE_URL_PROPERTY, server.baseUrl());
            System.setProperty(ParserFixtureSimulation.USERS_PROPERTY, Integer.toString(USERS));
            runFolder = GatlingRunner.run(ParserFixtureSimulation.class, results);
        }
        GatlingReportStats gatling = GatlingReportStats.fromHtmlReport(runFolder);

        RunSummary summary = new SimulationLogSummarizer().summarize(runFolder.resolve("simulation.log"));
        RecordingListener raw = new RecordingListener();
        SimulationLogReader.read(runFolder.resolve("simulation.log"), raw);

        assertThat(gatling.global().count())
                .isEqualTo(USERS * 9L)
                .isLessThanOrEqualTo(GatlingReportStats.DIGEST_KEEPS_EVERY_SAMPLE);
        GatlingAgreement.assertAgrees(summary, gatling, raw);
        Path written = new SummaryWriter().writeInto(runFolder, summary);
        assertThat(new SummaryReader().read(written)).isEqualTo(summary);
    }
}
