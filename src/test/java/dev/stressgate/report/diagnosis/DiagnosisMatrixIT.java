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
 * diagnosis-matrix} does (each 60–80 s): the Node-style fake burning CPU on its one thread, the Go-style fake with a
 * 5xx burst on one endpoint that ends. The reference app's faults are planted live by {@link FaultDiagnosisIT} (the
 * same report pipeline, slow database included); every other cell is judged on committed recordings
 * ({@link DiagnosisMatrixTest}), and {@code MATRIX_TARGETS=reference make diagnosis-matrix} runs them all live. The fakes need {@code node} and {@code python3} on the PATH; without them their
 * test is skipped with the reason.
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
    void theNodeStyleTargetsCpuSaturationIsTheTopCause() throws Exception {
        assumeThat(ExternalTool.onPath("node"))
                .as("node (Node.js) on the PATH for the Node-style target")
                .isPresent();
        CellResult result = live(MatrixTarget.NODE_STYLE, "cpu_burn.100ms");
        assertThat(result.ok()).as(result.describe()).isTrue();
    }

    @Test
    void theGoStyleTargetsEndedErrorBurstIsTheTopCause() throws Exception {
        assumeThat(ExternalTool.onPath("python3"))
                .as("python3 on the PATH for the Go-style target")
                .isPresent();
        CellResult result = live(MatrixTarget.GO_STYLE, "error_burst.40pct");
        assertThat(result.ok()).as(result.describe()).isTrue();
    }
}
