package dev.stressgate.run.realtime;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.HdrHistogram.Histogram;

/**
 * Collects the realtime measurements of one injector while virtual users run (thread-safe), samples the sockets
 * held and the heap once per interval, and produces the {@link RealtimeStats} written as {@code realtime.json}.
 *
 * <p>Fan-out bookkeeping: a sender declares each delivery it expects ({@link #expectDelivery}); the recipient's
 * virtual user reports what its socket received ({@link #delivered}) with the frame's arrival time, and resolves
 * what is overdue when it looks at its socket ({@link #expireOverdue}), closes it ({@link #recipientClosed}), loses
 * it or stops waiting ({@link #lostFor}).
 */
public final class RealtimeRecorder implements AutoCloseable {
    /** A delivery not seen this long after its send, when the recipient looks at its socket, is lost. */
    public static final Duration LOSS_TIMEOUT = Duration.ofSeconds(10);
    /** A recipient that closes its socket normally this soon after a send is not blamed for missing it. */
    static final Duration CLOSE_GRACE = Duration.ofSeconds(1);

    private final String connectionMode;
    private final Clock clock;
    private final Duration sampleInterval;
    private final Map<String, Channel> channels = new ConcurrentHashMap<>();
    private final Map<Long, Map<String, Pending>> pendingByRecipient = new ConcurrentHashMap<>();
    private final List<SocketSample> samples = Collections.synchronizedList(new ArrayList<>());
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long startEpochMs;
    private final long startCpuNanos;
    private final AtomicLong heapPeak = new AtomicLong();
    private ScheduledExecutorService sampler;

    public RealtimeRecorder(String connectionMode, Clock clock, Duration sampleInterval) {
        this.connectionMode = connectionMode;
        this.clock = clock;
        this.sampleInterval = sampleInterval;
        this.startEpochMs = clock.millis();
        this.startCpuNanos = processCpuNanos();
    }

    /** Starts sampling the sockets held and the heap every interval on a daemon thread. */
    public void start() {
        sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "stressgate-realtime-sampler");
            thread.setDaemon(true);
            return thread;
        });
        long millis = sampleInterval.toMillis();
        sampler.scheduleAtFixedRate(this::sample, 0, millis, TimeUnit.MILLISECONDS);
    }

    public void connected(String channel, long connectMillis, boolean reconnect) {
        Channel c = channel(channel);
        synchronized (c) {
            c.connect.recordValue(Math.max(0, connectMillis));
            c.connects++;
            c.open++;
            if (reconnect) {
                c.reconnects++;
            }
        }
    }

    public void connectFailed(String channel, boolean reconnect) {
        Channel c = channel(channel);
        synchronized (c) {
            c.connectFailures++;
            if (reconnect) {
                c.reconnects++;
            }
        }
    }

    /** The virtual user closed a socket it had held for {@code heldMillis}. */
    public void closed(String channel, long heldMillis) {
        Channel c = channel(channel);
        synchronized (c) {
            c.open = Math.max(0, c.open - 1);
            c.held.recordValue(Math.max(0, heldMillis));
        }
    }

    /** A held socket was lost after {@code heldMillis}. */
    public void dropped(String channel, DropCause cause, long heldMillis) {
        Channel c = channel(channel);
        synchronized (c) {
            c.open = Math.max(0, c.open - 1);
            c.held.recordValue(Math.max(0, heldMillis));
            c.drops.merge(cause, 1L, Long::sum);
        }
    }

    /** A message was sent with nobody else connected to receive it. */
    public void sentToNobody(String channel) {
        Channel c = channel(channel);
        synchronized (c) {
            c.offline++;
        }
    }

    /** A message of {@code senderId} is awaited on {@code recipientId}'s socket. */
    public void expectDelivery(String channel, String messageId, long senderId, long recipientId, long sentEpochMs) {
        Channel c = channel(channel);
        synchronized (c) {
            c.expected++;
        }
        pendingByRecipient
                .computeIfAbsent(recipientId, id -> new ConcurrentHashMap<>())
                .put(channel + "/" + messageId, new Pending(channel, senderId, sentEpochMs));
    }

    /**
     * The recipient's socket received the message at {@code receivedEpochMs}; false when it was not awaited. A socket
     * delivers in order and a sender sends its next message only after its previous one came back, so the sender's
     * earlier messages still awaited by this recipient went missing while its socket was up: they are lost.
     */
    public boolean delivered(String channel, String messageId, long recipientId, long receivedEpochMs) {
        Map<String, Pending> pending = pendingByRecipient.get(recipientId);
        Pending awaited = pending == null ? null : pending.remove(channel + "/" + messageId);
        if (awaited == null) {
            return false;
        }
        Channel c = channel(channel);
        synchronized (c) {
            c.delivered++;
            c.fanOut.recordValue(Math.max(0, receivedEpochMs - awaited.sentEpochMs()));
        }
        resolve(
                recipientId,
                p -> p.channel().equals(channel)
                        && p.senderId() == awaited.senderId()
                        && p.sentEpochMs() < awaited.sentEpochMs(),
                Long.MAX_VALUE);
        return true;
    }

    /** Whether the recipient still awaits this message. */
    public boolean isAwaited(String channel, String messageId, long recipientId) {
        Map<String, Pending> pending = pendingByRecipient.get(recipientId);
        return pending != null && pending.containsKey(channel + "/" + messageId);
    }

    /** The recipient looked at everything its sockets received: deliveries older than the loss timeout are lost. */
    public void expireOverdue(long recipientId) {
        long now = clock.millis();
        resolve(recipientId, pending -> pending.sentEpochMs() < now - LOSS_TIMEOUT.toMillis(), Long.MAX_VALUE);
    }

    /** The recipient closed its socket(s) of {@code channel} after reading them: what it still awaits is resolved. */
    public void recipientClosed(long recipientId, String channel) {
        long now = clock.millis();
        resolve(recipientId, pending -> pending.channel().equals(channel), now - CLOSE_GRACE.toMillis());
    }

    /** The sender could not follow the delivery up (its flow stopped): what the recipient awaits stays unresolved. */
    public void followUpAbandoned(long recipientId, String channel) {
        resolve(recipientId, pending -> pending.channel().equals(channel), Long.MIN_VALUE);
    }

    /** The wait is over: every delivery the recipient still awaits on {@code channel} is lost. */
    public void lostFor(long recipientId, String channel) {
        resolve(recipientId, pending -> pending.channel().equals(channel), Long.MAX_VALUE);
    }

    /**
     * The recipient's socket of {@code channel} dropped; it was last known to work at {@code lastAliveEpochMs} (its
     * last answered frame). Every delivery it still awaited there is lost: those sent after that moment (less the
     * grace second) with the socket, the older ones went missing while it was up.
     */
    public void socketDropped(long recipientId, String channel, long lastAliveEpochMs) {
        Map<String, Pending> pending = pendingByRecipient.get(recipientId);
        long withSocket = pending == null
                ? 0
                : pending.values().stream()
                        .filter(p -> p.channel().equals(channel))
                        .filter(p -> p.sentEpochMs() >= lastAliveEpochMs - CLOSE_GRACE.toMillis())
                        .count();
        resolve(recipientId, p -> p.channel().equals(channel), Long.MAX_VALUE);
        Channel c = channel(channel);
        synchronized (c) {
            c.lostWithSocket += withSocket;
        }
    }

    /** Resolves the recipient's matching deliveries: lost, or unresolved when sent at or after {@code unresolvedFrom}. */
    private void resolve(long recipientId, Predicate<Pending> which, long unresolvedFrom) {
        Map<String, Pending> pending = pendingByRecipient.get(recipientId);
        if (pending == null) {
            return;
        }
        for (Iterator<Pending> it = pending.values().iterator(); it.hasNext(); ) {
            Pending p = it.next();
            if (which.test(p)) {
                it.remove();
                Channel c = channel(p.channel());
                synchronized (c) {
                    if (p.sentEpochMs() >= unresolvedFrom) {
                        c.unresolved++;
                    } else {
                        c.lost++;
                    }
                }
            }
        }
    }

    /** Stops sampling and returns the run's figures; deliveries still awaited count as unresolved. */
    public RealtimeStats finish() {
        if (sampler != null) {
            sampler.shutdownNow();
        }
        sample();
        for (Map<String, Pending> pending : pendingByRecipient.values()) {
            for (Iterator<Pending> it = pending.values().iterator(); it.hasNext(); ) {
                Pending p = it.next();
                it.remove();
                Channel c = channel(p.channel());
                synchronized (c) {
                    c.unresolved++;
                }
            }
        }
        Map<String, ChannelStats> stats = new TreeMap<>();
        channels.forEach((name, channel) -> stats.put(name, channel.stats()));
        List<SocketSample> copy;
        synchronized (samples) {
            copy = List.copyOf(samples);
        }
        return new RealtimeStats(
                RealtimeStats.SCHEMA_VERSION,
                connectionMode,
                startEpochMs,
                clock.millis(),
                sampleInterval.toMillis(),
                stats,
                copy,
                heapPeak.get(),
                Math.max(0, processCpuNanos() - startCpuNanos) / 1e9);
    }

    @Override
    public void close() {
        if (sampler != null) {
            sampler.shutdownNow();
        }
    }

    /** The sockets held right now, over every channel: opened by a connect, closed by a close or a drop. */
    public long openSockets() {
        long open = 0;
        for (Channel channel : channels.values()) {
            synchronized (channel) {
                open += channel.open;
            }
        }
        return open;
    }

    private void sample() {
        long heap = memory.getHeapMemoryUsage().getUsed();
        heapPeak.accumulateAndGet(heap, Math::max);
        Map<String, Long> open = new LinkedHashMap<>();
        channels.forEach((name, channel) -> {
            synchronized (channel) {
                open.put(name, channel.open);
            }
        });
        samples.add(new SocketSample(clock.millis(), open, heap));
    }

    private Channel channel(String name) {
        return channels.computeIfAbsent(name, n -> new Channel());
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime())
                : 0;
    }

    private record Pending(String channel, long senderId, long sentEpochMs) {}

    /** Mutable per-channel tallies, guarded by the instance's monitor. */
    private static final class Channel {
        private final Histogram connect = new Histogram(3);
        private final Histogram held = new Histogram(3);
        private final Histogram fanOut = new Histogram(3);
        private final Map<DropCause, Long> drops = new EnumMap<>(DropCause.class);
        private long connects;
        private long connectFailures;
        private long reconnects;
        private long open;
        private long expected;
        private long delivered;
        private long lost;
        private long lostWithSocket;
        private long unresolved;
        private long offline;

        synchronized ChannelStats stats() {
            Map<String, Long> byCause = new LinkedHashMap<>();
            for (DropCause cause : DropCause.values()) {
                byCause.put(cause.id(), drops.getOrDefault(cause, 0L));
            }
            return new ChannelStats(
                    connects,
                    connectFailures,
                    reconnects,
                    LatencySummary.of(connect),
                    byCause,
                    LatencySummary.of(held),
                    new FanOutStats(
                            expected, delivered, lost, lostWithSocket, unresolved, offline, LatencySummary.of(fanOut)));
        }
    }
}
