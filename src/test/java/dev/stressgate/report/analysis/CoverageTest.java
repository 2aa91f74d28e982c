package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageTest {

    private static AnalysisInput with(SourceAvailability metrics, SourceAvailability logs) {
        AnalysisInput in = RunFixture.healthy().input();
        return new AnalysisInput(
                in.run(),
                in.client(),
                in.timeline(),
                in.errors(),
                in.server(),
                in.logs(),
                in.slos(),
                Map.of("gatling", in.sources().get("gatling"), "metrics", metrics, "logs", logs),
                in.baseline(),
                in.alerts(),
                in.workload(),
                in.injectors());
    }

    private static final SourceAvailability NO_METRICS =
            new SourceAvailability("metrics", "none", false, "prometheus unavailable");
    private static final SourceAvailability NO_LOGS = new SourceAvailability("logs", "none", false, "file unavailable");

    @Test
    void withoutServerMetricsAndLogsTheVerdictRestsOnClientDataOnly() {
        Coverage coverage = Coverage.of(with(NO_METRICS, NO_LOGS));

        assertThat(coverage.clientOnly()).isTrue();
        assertThat(coverage)
                .extracting(Coverage::client, Coverage::serverMetrics, Coverage::logs)
                .containsExactly("gatling", "none", "none");
        assertThat(coverage.checksNotRun())
                .containsExactly(Coverage.SERVER_RESOURCE_CHECKS, Coverage.ALERT_CHECK, Coverage.LOG_CHECKS);
        assertThat(coverage.headline())
                .startsWith("The verdict rests on client data only (no server metrics, no logs); "
                        + "checks not run: server resources (CPU, memory, GC");
    }

    @Test
    void oneMissingSourceIsNamedAndTheOtherCounts() {
        Coverage noLogs = Coverage.of(with(new SourceAvailability("metrics", "prometheus", true, null), NO_LOGS));
        assertThat(noLogs.checksNotRun()).containsExactly(Coverage.LOG_CHECKS);
        assertThat(noLogs.headline()).startsWith("The verdict rests on client data and server metrics (no logs)");

        Coverage noMetrics = Coverage.of(with(NO_METRICS, new SourceAvailability("logs", "file", true, null)));
        assertThat(noMetrics.headline()).startsWith("The verdict rests on client data and logs (no server metrics)");
    }

    @Test
    void scrapesAndALogFileAreFullCoverageSaveForPrometheusAlerts() {
        Coverage coverage = Coverage.of(with(
                new SourceAvailability("metrics", "scrape", true, null),
                new SourceAvailability("logs", "file", true, null)));

        assertThat(coverage.headline()).isNull();
        assertThat(coverage.checksNotRun()).containsExactly(Coverage.ALERT_CHECK);
    }

    @Test
    void aHealthyVerdictOnClientDataAloneSaysSo() {
        Analysis analysis =
                AnalysisEngine.standard(AnalysisThresholds.defaults()).analyze(with(NO_METRICS, NO_LOGS));

        assertThat(analysis.status()).isEqualTo(Status.HEALTHY);
        assertThat(analysis.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.detail())
                        .contains("no rule found a problem. The verdict rests on client data only"));
        assertThat(analysis.coverage().clientOnly()).isTrue();
    }
}
