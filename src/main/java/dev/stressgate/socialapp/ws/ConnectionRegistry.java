package dev.stressgate.socialapp.ws;

import dev.stressgate.socialapp.faults.ActiveFaults;
import dev.stressgate.socialapp.metrics.AppMetrics;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.eclipse.jetty.websocket.api.StatusCode;

/**
 * The open sockets of one WebSocket channel by session: gives each new socket its outbound queue, hands its frames
 * to the channel unless a fault closes it, forgets it on close or error, and counts opens and closes.
 *
 * @param <C> what the channel keeps per socket (at least its {@link OutboundQueue})
 */
public final class ConnectionRegistry<C> {

    /** Turns a newly connected socket and its queue into the channel's connection. */
    @FunctionalInterface
    public interface Opener<C> {
        C open(WsConnectContext ctx, OutboundQueue queue);
    }

    private final String channel;
    private final int queueCapacity;
    private final AppMetrics metrics;
    private final ActiveFaults faults;
    private final Map<String, C> bySession = new ConcurrentHashMap<>();
    /** The code of each socket this server is closing, as it sent it (the client's reply may carry another). */
    private final Map<String, Integer> closingByServer = new ConcurrentHashMap<>();

    public ConnectionRegistry(String channel, int queueCapacity, AppMetrics metrics, ActiveFaults faults) {
        this.channel = channel;
        this.queueCapacity = queueCapacity;
        this.metrics = metrics;
        this.faults = faults;
    }

    /** Wires the socket's lifecycle: {@code onFrame} gets each text frame, {@code onClosed} each connection once. */
    public void configure(WsConfig ws, Opener<C> opener, BiConsumer<C, String> onFrame, Consumer<C> onClosed) {
        ws.onConnect(ctx -> {
            OutboundQueue queue = new OutboundQueue(ctx.session, channel, queueCapacity, metrics, faults);
            bySession.put(ctx.sessionId(), opener.open(ctx, queue));
            metrics.websocketOpened(channel);
        });
        ws.onMessage(ctx -> {
            C connection = bySession.get(ctx.sessionId());
            if (connection == null) {
                return;
            }
            int faultCode = faults.closeSocketInstead(channel);
            if (faultCode != 0) {
                closingByServer.put(ctx.sessionId(), faultCode);
                ctx.closeSession(faultCode, "injected fault");
                return;
            }
            onFrame.accept(connection, ctx.message());
        });
        ws.onClose(ctx -> closed(ctx, ctx.status(), onClosed));
        ws.onError(ctx -> closed(ctx, StatusCode.ABNORMAL, onClosed));
    }

    /**
     * Counts the close once per socket: with the code this server sent when it closed the socket, else the one the
     * session ended with ({@link StatusCode#ABNORMAL} for an error).
     */
    private void closed(WsContext ctx, int reported, Consumer<C> onClosed) {
        Integer sent = closingByServer.remove(ctx.sessionId());
        C connection = bySession.remove(ctx.sessionId());
        if (connection != null) {
            onClosed.accept(connection);
            metrics.websocketClosed(channel, sent != null ? sent : reported);
        }
    }
}
