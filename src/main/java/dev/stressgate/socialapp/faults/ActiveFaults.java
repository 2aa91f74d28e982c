package dev.stressgate.socialapp.faults;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** The live fault switches of one app instance, read on every request, frame and query. */
public final class ActiveFaults {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final AtomicReference<Applied> current;
    private final Queue<byte[]> leaked = new ConcurrentLinkedQueue<>();

    /** Settings with the moment they took effect, the origin of the errors' time window. */
    private record Applied(FaultSettings settings, long atNanos) {}

    public ActiveFaults(FaultSettings initial) {
        current = new AtomicReference<>(new Applied(Objects.requireNonNull(initial), System.nanoTime()));
    }

    public FaultSettings settings() {
        return current.get().settings();
    }

    /** Replaces the settings; the errors' {@code from_s}/{@code until_s} count from now. Leaked memory stays leaked. */
    public void replace(FaultSettings settings) {
        current.set(new Applied(Objects.requireNonNull(settings), System.nanoTime()));
    }

    /** Milliseconds to add before handling a request to this route template (0 = none). */
    public long latencyFor(String route) {
        FaultSettings.RouteLatency latency = settings().latency();
        return latency.millis() > 0 && selects(latency.routes(), route) ? latency.millis() : 0;
    }

    /** The status to answer instead of handling this request, or 0 to handle it normally. */
    public int injectedErrorFor(String route) {
        Applied applied = current.get();
        FaultSettings.RouteErrors errors = applied.settings().errors();
        long sinceS = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - applied.atNanos());
        boolean inWindow = sinceS >= errors.fromS() && (errors.untilS() == 0 || sinceS < errors.untilS());
        return errors.share() > 0 && inWindow && selects(errors.routes(), route) && roll(errors.share())
                ? errors.status()
                : 0;
    }

    /** Burns the configured CPU time on the calling thread when the route is an {@code /api} route. */
    public void burnCpuFor(String route) {
        int millis = settings().cpuBurn().millisPerRequest();
        if (millis <= 0 || !route.startsWith("/api/")) {
            return;
        }
        long end = THREADS.getCurrentThreadCpuTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        long spin = 0;
        while (THREADS.getCurrentThreadCpuTime() < end) {
            spin += ThreadLocalRandom.current().nextInt(3);
        }
        if (spin < 0) {
            throw new IllegalStateException("unreachable: keeps the spin from being optimised away");
        }
    }

    /** Retains the configured memory for good when the route is an {@code /api} route. */
    public void leakFor(String route) {
        int kib = settings().memoryLeak().kibPerRequest();
        if (kib > 0 && route.startsWith("/api/")) {
            byte[] block = new byte[kib * 1024];
            java.util.Arrays.fill(block, (byte) 1);
            leaked.add(block);
        }
    }

    /** The run-time per-user rate limit that replaces the configured one, when the faults set one. */
    public Optional<FaultSettings.RateLimit> rateLimit() {
        return Optional.ofNullable(settings().rateLimit()).filter(limit -> limit.requests() > 0);
    }

    public long databaseDelayFor(String operation) {
        FaultSettings.SlowDatabase slow = settings().slowDatabase();
        return slow.millis() > 0
                        && (slow.operations().isEmpty() || slow.operations().contains(operation))
                ? slow.millis()
                : 0;
    }

    public boolean databaseUnavailable() {
        return settings().databaseUnavailable();
    }

    public boolean dropFrame(String channel) {
        FaultSettings.WebsocketDrops drops = settings().websocketDrops();
        return drops.share() > 0
                && (drops.channels().isEmpty() || drops.channels().contains(channel))
                && roll(drops.share());
    }

    /** The close code to end this socket with instead of answering its frame, or 0 to answer it. */
    public int closeSocketInstead(String channel) {
        FaultSettings.WebsocketCloses closes = settings().websocketCloses();
        return closes.share() > 0
                        && (closes.channels().isEmpty() || closes.channels().contains(channel))
                        && roll(closes.share())
                ? closes.code()
                : 0;
    }

    private static boolean selects(List<String> routes, String route) {
        return routes.isEmpty() ? route.startsWith("/api/") : routes.contains(route);
    }

    private static boolean roll(double share) {
        return share >= 1 || ThreadLocalRandom.current().nextDouble() < share;
    }
}
