package dev.stressgate.report.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records outside the run window are refused, and a run still being written says so. */
class ImplausibleRunTest {
    private static final long START = 1_795_000_000_000L;

    @TempDir
    Path root;

    private RunDirFixture fixture;
    private Path log;

    @BeforeEach
    void runOf29Seconds() throws Exception {
        fixture = RunDirFixture.create(root);
        log = ReportPipeline.simulationLogs(fixture.runDir).get(0);
        runJson(START + 29_000L);
    }

    private void runJson(Long end) throws Exception {
        Path file = fixture.runDir.resolve("run.json");
        ObjectNode run = (ObjectNode) new ObjectMapper().readTree(file.toFile());
        run.put("start_epoch_ms", START);
        if (end == null) {
            run.putNull("end_epoch_ms");
        } else {
            run.put("end_epoch_ms", end);
        }
        Files.writeString(file, run.toString());
    }

    private ReportPipeline pipeline() throws Exception {
        return new ReportPipeline(fixture.settings(false), line -> {});
    }

    @Test
    void aResponseTimeLongerThanTheRunIsRefusedNotReportedAsHealthy() throws Exception {
        Files.write(log, TinySimulationLog.of(START, new int[][] {{100, 180}, {200, 2_000_000_000}, {300, 350}}));

        assertThatThrownBy(() -> pipeline().run(fixture.runDir, Optional.empty()))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining(log.toString())
                .hasMessageContaining("implausible timestamp 2026-12-11T14:40:00Z")
                .hasMessageContaining("outside the run window [2026-11-18T11:05:40Z, 2026-11-18T11:08:09Z]");
        assertThat(fixture.runDir.resolve("summary.json")).doesNotExist();
    }

    @Test
    void moreUsersEndingThanStartingIsRefused() throws Exception {
        byte[] log = TinySimulationLog.of(START, new int[][] {{100, 180}});
        Files.write(this.log, TinySimulationLog.withUserEnds(log, 1, 500));
        assertThat(pipeline().run(fixture.runDir, Optional.empty()).artifacts()).isNotEmpty();

        Files.write(this.log, TinySimulationLog.withUserEnds(log, 2, 500));

        assertThatThrownBy(() -> pipeline().run(fixture.runDir, Optional.empty()))
                .hasMessageContaining(this.log + ": a user ended that never started");
    }

    @Test
    void aRecordBeforeTheRunStartIsRefused() throws Exception {
        Files.write(log, TinySimulationLog.of(START, new int[][] {{100, 180}, {-5_000_000, 200}}));

        assertThatThrownBy(() -> pipeline().run(fixture.runDir, Optional.empty()))
                .hasMessageContaining("implausible timestamp 2026-11-18T09:43:20Z");
    }

    @Test
    void aRunWithoutAnEndWhoseLogIsStillWrittenIsInProgressNotTruncated() throws Exception {
        byte[] whole = TinySimulationLog.of(START, new int[][] {{100, 180}, {200, 260}});
        Files.write(log, Arrays.copyOf(whole, whole.length - 5));
        runJson(null);

        assertThatThrownBy(() -> pipeline().run(fixture.runDir, Optional.empty()))
                .hasMessageStartingWith("run in progress: run.json has no end_epoch_ms yet and " + log)
                .hasMessageNotContaining("truncated");
    }

    @Test
    void aRunWithoutAnEndWhoseLogWentQuietIsReportedUpToItsLastWrite() throws Exception {
        Files.write(log, TinySimulationLog.of(START, new int[][] {{100, 180}, {200, 260}, {20_000, 20_050}}));
        Files.setLastModifiedTime(log, FileTime.fromMillis(START + 21_000));
        runJson(null);

        ReportPipeline.Result result = pipeline().run(fixture.runDir, Optional.empty());

        assertThat(result.artifacts()).contains(fixture.runDir.resolve("summary.json"));
        assertThat(Files.readString(fixture.runDir.resolve("report.txt"))).contains("3 requests");
    }
}
