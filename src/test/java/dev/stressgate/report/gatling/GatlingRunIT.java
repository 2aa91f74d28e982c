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
 * simulation.log must agree with the figures Gatling printed in its own HTML report for the same run.
 * 150 users put every request above the size where Gatling's t-digest starts to estimate, the committed
 * fixtures ({@link SummaryMatchesGatlingFixtureTest}) below it.
 */
class GatlingRunIT {

  @TempDir
  Path results;

  @Test
  void summaryOfARealRunAgreesWithGatlingsReport() throws Exception {
    Path runFolder;
    try (LoopbackHttpServer server = new LoopbackHttpServer(64)) {
      System.setProperty(ParserFixtureSimulation.BASE_URL_PROPERTY, server.baseUrl());
      System.setProperty(ParserFixtureSimulation.USERS_PROPERTY, "150");
      runFolder = GatlingRunner.run(ParserFixtureSimulation.class, results);
    }
    GatlingReportStats gatling = GatlingReportStats.fromHtmlReport(runFolder);

    RunSummary summary = new SimulationLogSummarizer().summarize(runFolder.resolve("simulation.log"));
    RecordingListener raw = new RecordingListener();
    SimulationLogReader.read(runFolder.resolve("simulation.log"), raw);

    assertThat(gatling.global().count()).isEqualTo(150L * 9);
    assertThat(gatling.requests()).allSatisfy(row ->
        assertThat(row.count()).isGreaterThan(GatlingAgreement.DIGEST_KEEPS_EVERY_SAMPLE));
    GatlingAgreement.assertAgrees(summary, gatling, raw);
    Path written = new SummaryWriter().writeInto(runFolder, summary);
    assertThat(new SummaryReader().read(written)).isEqualTo(summary);
  }
}
