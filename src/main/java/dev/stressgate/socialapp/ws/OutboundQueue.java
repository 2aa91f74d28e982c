package dev.stressgate.socialapp.ws;

import dev.stressgate.socialapp.faults.ActiveFaults;
import dev.stressgate.socialapp.metrics.AppMetrics;
import java.util.ArrayDeque;
import java.util.Deque;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.WriteCallback;

/**
 * The outbound side of one WebSocket session: one frame in flight, at most {@code capacity} waiting.
 * A frame that finds the queue full is dropped and counted in
 * {@code sanctum_websocket_backpressure_drops_total{channel}}, so a slow consumer cannot make the server
 * buffer without bound. The websocket-drop fault drops frames through the same path.
 */
public final class OutboundQueue {

    private final Session session;
    private final String channel;
    private final int capacity;
    private final AppMetrics metrics;
    private final ActiveFaults faults;
    private final Deque<String> pending = new ArrayDeque<>();
    private boolean sending;

    public OutboundQueue(Session session, String channel, int capacity, AppMetrics metrics, ActiveFaults faults) {
        this.session = session;
        this.channel = channel;
        this.capacity = capacity;
        this.metrics = metrics;
        this.faults = faults;
    }

    public void offer(String frame) {
        if (faults.dropFrame(channel)) {
            metrics.frameDropped(channel);
            return;
        }
        synchronized (this) {
            if (sending) {
                if (pending.size() >= capacity) {
                    metrics.frameDropped(channel);
                } else {
                    pending.addLast(frame);
                    metrics.outboundQueued(channel, 1);
                }
                return;
            }
            sending = true;
        }
        write(frame);
    }

    private void write(String frame) {
        if (!session.isOpen()) {
            discardAll();
            return;
        }
        session.getRemote().sendString(frame, new WriteCallback() {
            @Override
            public void writeSuccess() {
                writeNext();
            }

            @Override
            public void writeFailed(Throwable failure) {
                discardAll();
            }
        });
    }

    private void writeNext() {
        String next;
        synchronized (this) {
            next = pending.pollFirst();
            if (next == null) {
                sending = false;
                return;
            }
            metrics.outboundQueued(channel, -1);
        }
        write(next);
    }

    private synchronized void discardAll() {
        metrics.outboundQueued(channel, -pending.size());
        pending.clear();
        sending = false;
    }
}
