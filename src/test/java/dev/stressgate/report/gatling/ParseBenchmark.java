package dev.stressgate.report.gatling;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code make bench-report}: parses the given simulation.log file(s) into a summary and prints elapsed time,
 * throughput and heap figures. Usage: {@code ParseBenchmark <simulation.log>...}. Run it with a small
 * {@code -Xmx} (e.g. 256m) to show that memory does not grow with the number of requests.
 */
public final class ParseBenchmark {

  private ParseBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: ParseBenchmark <simulation.log>...");
      System.exit(2);
    }
    List<Path> logs = Arrays.stream(args).map(Path::of).toList();
    long bytes = 0;
    for (Path log : logs) {
      bytes += Files.size(log);
    }
    System.gc();
    List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);

    long started = System.nanoTime();
    RunSummary summary;
    try {
      summary = new SimulationLogSummarizer().summarize(logs);
    } catch (SimulationLogException e) {
      System.err.println(e.getMessage());
      System.exit(1);
      return;
    }
    double seconds = (System.nanoTime() - started) / 1e9;

    long peakHeap = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    long records = summary.injectors().stream().mapToLong(InjectorLog::records).sum();
    System.out.printf("files            %d (%.1f MiB)%n", logs.size(), bytes / 1048576.0);
    System.out.printf("records          %,d (requests %,d, KO %,d)%n", records, summary.global().count(), summary.global().ko());
    System.out.printf("run              %.0f s, %d request names, %d groups%n",
        summary.durationSeconds(), summary.requests().size(), summary.groups().size());
    System.out.printf("elapsed          %.2f s (%,.0f records/s, %.1f MiB/s)%n", seconds, records / seconds,
        bytes / 1048576.0 / seconds);
    System.out.printf("peak heap        %.1f MiB (sum of heap pool peaks, max heap %.0f MiB)%n",
        peakHeap / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    System.out.printf("global           p50 %d ms, p95 %d ms, p99 %d ms, max %d ms, %.1f rps%n",
        summary.global().p50Ms(), summary.global().p95Ms(), summary.global().p99Ms(), summary.global().maxMs(),
        summary.global().meanRps());
  }
}
