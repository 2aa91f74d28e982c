package dev.stressgate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.report.gatling.GroupedRequestStats;
import dev.stressgate.report.gatling.RunSummary;
import dev.stressgate.report.gatling.SimulationLogSummarizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's synthetic log reads back, through the report's own reader, as the run it describes. */
class SyntheticSimulationLogTest {

    @TempDir
    Path dir;

    @Test
    void aTenMinuteLogReadsBackAsTenMinutesOfSteadyRequests() throws Exception {
        Path log = dir.resolve("run/simulation.log");
        SyntheticSimulationLog.write(log, 600, 20);

        RunSummary summary = new SimulationLogSummarizer().summarize(log);

        assertThat(summary.global().count()).isEqualTo(600 * 20);
        assertThat(summary.global().koPercent()).isBetween(0.2, 0.8);
        assertThat(summary.requests())
                .extracting(GroupedRequestStats::name)
                .containsExactlyInAnyOrder(SyntheticSimulationLog.REQUESTS);
        assertThat(summary.requests()).allSatisfy(r -> assertThat(r.group()).isEqualTo(List.of("social")));
        assertThat(summary.seconds()).hasSizeGreaterThanOrEqualTo(600);
        assertThat(summary.seconds().get(300).responses()).isBetween(10L, 30L);
        assertThat(summary.global().p50Ms()).isBetween(25L, 45L);
        assertThat(summary.startEpochMs()).isEqualTo(SyntheticSimulationLog.RUN_START_EPOCH_MS);
        assertThat(Files.getLastModifiedTime(log).toMillis()).isEqualTo(summary.startEpochMs() + 600_000);
        assertThat(summary.errors())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo(SyntheticSimulationLog.KO_MESSAGE));
    }
}
