package dev.stressgate.bench;

import dev.stressgate.report.pipeline.ReportPipeline;
import dev.stressgate.report.pipeline.ReportSettings;
import dev.stressgate.report.pipeline.UnusableInputException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code make bench-report}: the real report pipeline ({@link ReportPipeline}, every artifact and the run index)
 * on a run directory wrapped around a large simulation.log. The AI step is disabled, Prometheus, Loki and Ollama
 * point at a closed loopback port and there is no app log, so the figures are those of the report's own work.
 * Prints {@link BenchRow}s: the whole pipeline with its peak heap, then each step (the time between the
 * pipeline's progress lines). Usage:
 * {@code ReportPipelineBenchmark <simulation.log> <artifact-dir> [profile] [injectors]}; with injectors above 1 the
 * run is a shared one whose every injector holds the same log ({@code make bench-report BENCH_INJECTORS=8}). The
 * artifact directory must not hold other runs (they would become the baseline and the index).
 */
public final class ReportPipelineBenchmark {

    private static final Pattern STEP_NAME_END = Pattern.compile("[:(;]| in ");

    private ReportPipelineBenchmark() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ReportPipelineBenchmark <simulation.log> <artifact-dir> [profile] [injectors]");
            System.exit(2);
        }
        Path log = Path.of(args[0]);
        Path artifactDir = Path.of(args[1]);
        URI closed = URI.create("http://127.0.0.1:" + closedLoopbackPort());
        String profile = args.length > 2 ? args[2] : "smoke";
        int injectors = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        Path runDir = injectors > 1
                ? BenchRunDirectory.createShared(artifactDir, log, profile, closed.toString(), injectors)
                : BenchRunDirectory.create(artifactDir, log, profile, closed.toString());
        ReportSettings settings = ReportSettings.builder()
                .artifactDir(artifactDir)
                .prometheusUrl(closed)
                .lokiUrl(closed)
                .ollamaUrl(closed)
                .ollamaModel("none")
                .logFile(artifactDir.resolve("no-app-log.jsonl"))
                .queriesFile(Path.of(ReportSettings.DEFAULT_QUERIES_FILE))
                .serverCores(ReportSettings.localCores())
                .aiEnabled(false)
                .build();

        List<Long> stepStarts = new ArrayList<>();
        List<String> stepNames = new ArrayList<>();
        List<String> details = new ArrayList<>();
        HeapPeak peak = HeapPeak.start();
        long started = System.nanoTime();
        try {
            new ReportPipeline(settings, line -> {
                        if (line.startsWith("==> ") && !line.startsWith("==> report:")) {
                            stepStarts.add(System.nanoTime());
                            stepNames.add(stepName(line));
                        } else if (!line.startsWith("==> ")) {
                            details.add(line.strip());
                        }
                    })
                    .run(runDir, Optional.empty());
        } catch (UnusableInputException e) {
            System.err.println("report failed: " + e.getMessage());
            System.exit(1);
        }
        long finished = System.nanoTime();
        long peakBytes = peak.bytes();

        System.out.printf(
                "note: %s (%.1f MiB)%s, run directory %s%n",
                log,
                Files.size(log) / 1048576.0,
                injectors > 1 ? " read by each of " + injectors + " injectors" : "",
                runDir);
        details.forEach(detail -> System.out.println("note: " + detail));
        new BenchRow("stressgate report (whole pipeline)", (finished - started) / 1e9, peakBytes).print(System.out);
        for (int i = 0; i < stepStarts.size(); i++) {
            long end = i + 1 < stepStarts.size() ? stepStarts.get(i + 1) : finished;
            new BenchRow("  " + stepNames.get(i), (end - stepStarts.get(i)) / 1e9, null).print(System.out);
        }
    }

    private static String stepName(String progressLine) {
        String text = progressLine.substring("==> ".length());
        var end = STEP_NAME_END.matcher(text);
        return (end.find() ? text.substring(0, end.start()) : text).strip();
    }

    private static int closedLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
