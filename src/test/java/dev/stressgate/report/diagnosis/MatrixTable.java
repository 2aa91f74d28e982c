package dev.stressgate.report.diagnosis;

import java.util.List;

/** The printed matrix: one row per target and cell, with the top cause, the expectation and OK/MISMATCH. */
public final class MatrixTable {

    private MatrixTable() {}

    public static String render(List<CellResult> results) {
        String format = "| %-10s | %-22s | %-44s | %-32s | %-15s | %-8s |%n";
        StringBuilder table = new StringBuilder();
        table.append(String.format(format, "target", "cell", "fault (magnitude)", "top cause", "expected", "result"));
        table.append(String.format(format, "---", "---", "---", "---", "---", "---"));
        for (CellResult r : results) {
            table.append(String.format(
                    format,
                    r.target(),
                    r.cell().id(),
                    r.cell().fault() + " (" + r.cell().magnitude() + ")",
                    r.topCauseText(),
                    r.cell().expectation(),
                    r.ok() ? "OK" : "MISMATCH"));
        }
        long ok = results.stream().filter(CellResult::ok).count();
        table.append(String.format("%d of %d cells OK%n", ok, results.size()));
        return table.toString();
    }
}
