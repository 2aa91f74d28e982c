package dev.stressgate.bench;

import dev.stressgate.report.gatling.ErrorMessageCount;
import dev.stressgate.report.gatling.RunSummary;
import dev.stressgate.report.gatling.SecondBucket;
import dev.stressgate.report.gatling.SimulationLogSummarizer;
import dev.stressgate.run.RunDirectory;
import dev.stressgate.run.realtime.ChannelStats;
import dev.stressgate.run.realtime.LatencySummary;
import dev.stressgate.run.realtime.RealtimeStats;
import dev.stressgate.run.realtime.RealtimeStatsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code make bench-capacity}'s table, from one run directory: peak concurrent users (Gatling's active users), the
 * sockets the injector held and for how long, its heap peak and CPU, connect and fan-out p95, lost deliveries and
 * the KO messages whose cause lies in the injector itself (file descriptors, local ports, memory).
 */
public final class CapacityFigures {
    /** KO messages that name a resource of the load generator, not an answer of the target. */
    static final Pattern INJECTOR_CAUSED =
            Pattern.compile("(?i)too many open files|cannot assign requested address|outofmemory|no buffer space|"
                    + "address already in use|unable to create (native|new native) thread");

    private CapacityFigures() {}

    public static void main(String[] args) throws IOException {
        RunDirectory run = RunDirectory.at(Path.of(args[0]));
        RunSummary summary = new SimulationLogSummarizer().summarize(simulationLogs(run));
        RealtimeStats realtime = RealtimeStatsFile.readIfPresent(run.realtimeJson())
                .orElseThrow(() -> new IllegalStateException(run.realtimeJson() + " is missing: no realtime users?"));
        Collection<ChannelStats> channels = realtime.channels().values();
        long peakUsers = summary.seconds().stream()
                .mapToLong(SecondBucket::activeUsers)
                .max()
                .orElse(0);
        long peakSockets = realtime.peakSockets();
        long nearPeakSeconds = realtime.sockets().stream()
                        .filter(s -> s.total() >= 0.95 * peakSockets)
                        .count()
                * realtime.sampleIntervalMs()
                / 1000;
        LatencySummary connect = LatencySummary.merged(
                channels.stream().map(ChannelStats::connect).toList());
        LatencySummary fanOut = LatencySummary.merged(
                channels.stream().map(c -> c.fanOut().latency()).toList());
        long lost = channels.stream().mapToLong(c -> c.fanOut().lost()).sum();
        long delivered =
                channels.stream().mapToLong(c -> c.fanOut().delivered()).sum();
        long drops = channels.stream().mapToLong(ChannelStats::dropCount).sum();
        long reconnects = channels.stream().mapToLong(ChannelStats::reconnects).sum();
        long injectorErrors = summary.errors().stream()
                .filter(e -> INJECTOR_CAUSED.matcher(e.message()).find())
                .mapToLong(ErrorMessageCount::count)
                .sum();
        long socketsAtEnd = realtime.sockets().isEmpty()
                ? 0
                : realtime.sockets().get(realtime.sockets().size() - 1).total();

        row("peak concurrent users", Long.toString(peakUsers));
        row(
                "open sockets held (peak)",
                peakSockets + " (>= 95 % of peak for " + nearPeakSeconds + " s; " + socketsAtEnd + " at the end)");
        row(
                "injector heap peak",
                mib(realtime.heapPeakBytes()) + " MiB (in use, sampled every " + realtime.sampleIntervalMs() + " ms)");
        row(
                "injector CPU",
                String.format(
                        Locale.ROOT,
                        "%.1f s over %.1f min (%.2f cores)",
                        realtime.cpuSeconds(),
                        realtime.durationMinutes(),
                        realtime.cpuSeconds() / Math.max(1e-9, realtime.durationMinutes() * 60)));
        row("connect p95 (ticket + upgrade)", connect.p95Ms() + " ms of " + connect.count() + " connects");
        row("fan-out p95 (send -> other user)", fanOut.p95Ms() + " ms of " + fanOut.count() + " deliveries");
        row("lost messages", lost + " of " + (lost + delivered) + " resolved deliveries");
        row("drops / reconnects", drops + " / " + reconnects);
        row("requests (KO)", summary.global().count() + " (" + summary.global().ko() + ")");
        row("injector-caused errors", Long.toString(injectorErrors));
    }

    private static void row(String label, String value) {
        System.out.printf(Locale.ROOT, "%-36s %s%n", label, value);
    }

    private static long mib(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }

    private static List<Path> simulationLogs(RunDirectory run) throws IOException {
        try (Stream<Path> files = Files.walk(run.gatlingResults())) {
            return files.filter(f -> f.getFileName().toString().equals("simulation.log"))
                    .toList();
        }
    }
}
