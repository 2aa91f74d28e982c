package dev.stressgate.bench;

import dev.stressgate.report.cli.StressgateCli;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code make bench-hostile-sources}: the real CLI {@code report} ({@link StressgateCli#main}, so its own exit code
 * and console) on a synthetic 10-minute run whose Prometheus answers every query with a huge body (see
 * {@link HugeAnswerPrometheus}). The JVM's heap pools' peak is reset after the run directory is written and read at
 * exit, so the {@link BenchRow} printed then covers the report alone. Run it with
 * {@code -XX:+ExitOnOutOfMemoryError}: a report that does not hold its size cap dies with a non-zero exit instead of
 * printing a row.
 *
 * <p>Usage: {@code HostileSourcesBenchmark <artifact-dir> <label> <report options...>}; the artifact directory must
 * be empty, {@code --run-dir} and {@code --artifact-dir} are added.
 */
public final class HostileSourcesBenchmark {

    private static final long RUN_SECONDS = 600;
    private static final int REQUESTS_PER_SECOND = 20;

    private HostileSourcesBenchmark() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: HostileSourcesBenchmark <artifact-dir> <label> <report options...>");
            System.exit(2);
        }
        Path artifactDir = Path.of(args[0]);
        Path log = artifactDir.resolve("synthetic").resolve("simulation.log");
        SyntheticSimulationLog.write(log, RUN_SECONDS, REQUESTS_PER_SECOND);
        Path runs = artifactDir.resolve("runs");
        Path runDir = BenchRunDirectory.create(runs, log, "smoke", "http://127.0.0.1:9");
        List<String> report =
                new ArrayList<>(List.of("report", "--run-dir", runDir.toString(), "--artifact-dir", runs.toString()));
        report.addAll(List.of(args).subList(2, args.length));
        System.out.println("note: stressgate " + String.join(" ", report));

        HeapPeak peak = HeapPeak.start();
        long started = System.nanoTime();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() ->
                        new BenchRow(args[1], (System.nanoTime() - started) / 1e9, peak.bytes()).print(System.out)));
        StressgateCli.main(report.toArray(String[]::new));
    }
}
