package dev.stressgate.bench;

import java.io.PrintStream;

/**
 * One row of the {@code make bench-report} table, printed as {@code row|label|seconds|peak MiB|max heap MiB} for
 * the script to pick out of the JVM's other output and align; a step without its own heap figure prints {@code -}.
 */
record BenchRow(String label, double seconds, Long peakHeapBytes) {

    void print(PrintStream out) {
        String peak = peakHeapBytes == null ? "-" : String.format("%.1f", peakHeapBytes / 1048576.0);
        String maxHeap = peakHeapBytes == null
                ? "-"
                : String.format("%.0f", Runtime.getRuntime().maxMemory() / 1048576.0);
        out.printf("row|%s|%.2f|%s|%s%n", label, seconds, peak, maxHeap);
    }
}
