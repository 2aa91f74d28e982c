package dev.stressgate.report.diagnosis;

import dev.stressgate.report.pipeline.ReportSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code make diagnosis-matrix}: records every cell of the fault catalogue live against every target, reports each
 * run and prints the matrix (target x cell -> top cause, expected, OK/MISMATCH). Exit status 0 when every cell is OK,
 * 1 otherwise, 2 on bad arguments.
 * <pre>
 * DiagnosisMatrix [--targets reference,node-style,go-style,python-style] [--cells id,id,...] [--artifact-dir tmp/diagnosis-matrix]
 *                 [--record-into src/test/resources/diagnosis/runs]   (also save each cell as a committed fixture)
 *                 [--judge-recorded]                                 (no live runs: judge the committed cells)
 * </pre>
 */
public final class DiagnosisMatrix {

    private DiagnosisMatrix() {}

    public static void main(String[] args) throws Exception {
        List<MatrixTarget> targets = List.of(MatrixTarget.values());
        List<String> cellIds = null;
        Path artifactDir = Path.of("tmp", "diagnosis-matrix");
        Path recordInto = null;
        boolean judgeRecorded = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--targets" ->
                    targets = Arrays.stream(value(args, ++i).split(","))
                            .map(MatrixTarget::byId)
                            .toList();
                case "--cells" -> cellIds = List.of(value(args, ++i).split(","));
                case "--artifact-dir" -> artifactDir = Path.of(value(args, ++i));
                case "--record-into" -> recordInto = Path.of(value(args, ++i));
                case "--judge-recorded" -> judgeRecorded = true;
                default -> usage("unknown argument '" + args[i] + "'");
            }
        }
        FaultCatalogue catalogue = FaultCatalogue.load(FaultCatalogue.DEFAULT);
        List<FaultCatalogue.Cell> cells = cellIds == null
                ? catalogue.cells()
                : cellIds.stream().map(catalogue::cell).toList();
        Path session = artifactDir.resolve(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(ZoneOffset.UTC)
                .format(Instant.now()));
        List<CellResult> results = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        if (judgeRecorded) {
            for (RecordedCell recorded : RecordedCell.under(RecordedCell.DEFAULT_ROOT)) {
                Path runDir = recorded.restoreInto(session.resolve(recorded.target()));
                results.add(CellJudge.judge(
                        recorded.target(), catalogue.cell(recorded.cellId()), runDir, recorded.serverCores()));
            }
        } else {
            for (MatrixTarget target : targets) {
                for (FaultCatalogue.Cell cell : cells) {
                    System.out.println("==> " + target.id() + " / " + cell.id() + " (" + cell.magnitude() + ")");
                    try {
                        Path runDir = CellRecording.record(catalogue, cell, target, session);
                        if (recordInto != null) {
                            RecordedCell.save(runDir, recordInto, target.id(), cell.id(), ReportSettings.localCores());
                        }
                        CellResult result = CellJudge.judge(target.id(), cell, runDir, ReportSettings.localCores());
                        System.out.println("    " + (result.ok() ? "OK" : "MISMATCH") + ": " + result.describe());
                        results.add(result);
                    } catch (Exception e) {
                        failures.add(target.id() + " / " + cell.id() + ": " + e);
                        System.out.println("    ERROR: " + e);
                    }
                }
            }
        }
        System.out.println();
        System.out.print(MatrixTable.render(results));
        failures.forEach(failure -> System.out.println("not recorded: " + failure));
        System.out.println("run directories: " + session);
        System.exit(failures.isEmpty() && results.stream().allMatch(CellResult::ok) ? 0 : 1);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println(
                "error: " + problem + "\nusage: DiagnosisMatrix [--targets reference,node-style,go-style,python-style]"
                        + " [--cells <id,...>] [--artifact-dir DIR] [--record-into DIR] [--judge-recorded]");
        System.exit(2);
    }
}
