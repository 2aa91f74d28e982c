package dev.stressgate.report.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.stressgate.report.pipeline.ReportSettings;
import dev.stressgate.report.sources.testing.ExternalTool;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One live cell of the diagnosis matrix per fake of another runtime, recorded and reported as {@code make
 * diagnosis-matrix} does (each 60–80 s): the Node-style fake with a slow database on two operations (its histogram
 * labelled by operation, prom-client buckets, pino logs), the Go-style fake limiting each user to 60 requests a minute
 * (429s, zap logs, {@code go_*} series). The live cells are faults whose size does not depend on the CPU left over on
 * the machine running the build. A CPU cell measures how the target and the injector share this host's two cores, and
 * the 5xx burst on one endpoint of a few calls a second splits into shorter run-wide and route bursts when the host is
 * busy (both failed that way in full builds), so those cells are judged on their committed recordings
 * ({@link DiagnosisMatrixTest}), with every other cell. The reference app's faults are planted live by
 * {@link FaultDiagnosisIT}; {@code MATRIX_TARGETS=reference make diagnosis-matrix} runs every cell live. The
 * python-style target is the Go-style program with another flavour: its log and metric shapes are checked live by
 * {@link FakeTargetsIT}, its cells on their recordings. The fakes need {@code node} and {@code python3} on the PATH;
 * without them their test is skipped with the reason.
 */
class DiagnosisMatrixIT {
    private final FaultCatalogue catalogue = FaultCatalogue.load(FaultCatalogue.DEFAULT);

    @TempDir
    Path artifacts;

    private CellResult live(MatrixTarget target, String cellId) throws Exception {
        FaultCatalogue.Cell cell = catalogue.cell(cellId);
        Path runDir = CellRecording.record(catalogue, cell, target, artifacts);
        return CellJudge.judge(target.id(), cell, runDir, ReportSettings.localCores());
    }

    @Test
    void theNodeStyleTargetsSlowDatabaseIsTheTopCause() throws Exception {
        assumeThat(ExternalTool.onPath("node"))
                .as("node (Node.js) on the PATH for the Node-style target")
                .isPresent();
        CellResult result = live(MatrixTarget.NODE_STYLE, "slow_db.400ms");
        assertThat(result.ok()).as(result.describe()).isTrue();
    }

    @Test
    void theGoStyleTargetsRateLimitingIsTheTopCause() throws Exception {
        assumeThat(ExternalTool.onPath("python3"))
                .as("python3 on the PATH for the Go-style target")
                .isPresent();
        CellResult result = live(MatrixTarget.GO_STYLE, "rate_limit.60_per_min");
        assertThat(result.ok()).as(result.describe()).isTrue();
    }
}
