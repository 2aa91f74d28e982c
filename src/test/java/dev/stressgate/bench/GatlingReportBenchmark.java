package dev.stressgate.bench;

import dev.stressgate.report.gatling.fixture.GatlingRunner;
import java.nio.file.Path;

/**
 * Times Gatling's own report generation ({@code -ro}, reports-only mode) for an existing run folder, to set next
 * to {@link ReportPipelineBenchmark}; prints one {@link BenchRow}. Usage:
 * {@code GatlingReportBenchmark <results-dir> <run-folder-name>}. Gatling rewrites the HTML report of that folder
 * in place.
 */
public final class GatlingReportBenchmark {

    private GatlingReportBenchmark() {}

    public static void main(String[] args) {
        HeapPeak peak = HeapPeak.start();
        long started = System.nanoTime();
        GatlingRunner.generateReportOnly(Path.of(args[0]), args[1]);
        new BenchRow("gatling -ro (HTML report)", (System.nanoTime() - started) / 1e9, peak.bytes()).print(System.out);
    }
}
