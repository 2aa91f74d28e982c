package dev.stressgate.socialapp.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.socialapp.config.SocialAppConfig;
import dev.stressgate.socialapp.conversations.Message;
import dev.stressgate.socialapp.conversations.MessageService;
import dev.stressgate.socialapp.faults.ActiveFaults;
import dev.stressgate.socialapp.http.Access;
import dev.stressgate.socialapp.http.RouteGroup;
import dev.stressgate.socialapp.metrics.AppMetrics;
import dev.stressgate.socialapp.ws.ClientFrame;
import dev.stressgate.socialapp.ws.ConnectionRegistry;
import dev.stressgate.socialapp.ws.ErrorFrame;
import dev.stressgate.socialapp.ws.FrameWriter;
import dev.stressgate.socialapp.ws.OutboundQueue;
import dev.stressgate.socialapp.ws.TicketGate;
import io.javalin.http.HttpResponseException;
import io.javalin.router.JavalinDefaultRouting;
import io.javalin.websocket.WsConfig;
import org.slf4j.Logger;

/** {@code /api/ws/chat}: join, message and read frames over a ticket-authenticated WebSocket. */
public final class ChatSocket implements RouteGroup {

    static final String PATH = "/api/ws/chat";
    private static final String CHANNEL = "chat";

    private final ChatHub hub;
    private final MessageService messages;
    private final TicketGate gate;
    private final ObjectMapper mapper;
    private final FrameWriter frames;
    private final Logger events;
    private final ConnectionRegistry<Connection> connections;

    public ChatSocket(
            ChatHub hub,
            MessageService messages,
            TicketGate gate,
            ObjectMapper mapper,
            AppMetrics metrics,
            ActiveFaults faults,
            Logger events,
            SocialAppConfig config) {
        this.hub = hub;
        this.messages = messages;
        this.gate = gate;
        this.mapper = mapper;
        this.frames = new FrameWriter(mapper);
        this.events = events;
        this.connections = new ConnectionRegistry<>(CHANNEL, config.websocketQueueCapacity(), metrics, faults);
    }

    @Override
    public void register(JavalinDefaultRouting router) {
        router.wsBeforeUpgrade(PATH, gate.guard(CHANNEL, PATH, ctx -> {}));
        router.ws(PATH, this::configure, Access.USER);
    }

    private void configure(WsConfig ws) {
        connections.configure(
                ws,
                (ctx, queue) -> new Connection(TicketGate.userOf(ctx), queue),
                this::handle,
                connection -> hub.leaveAll(connection.queue()));
    }

    private void handle(Connection connection, String text) {
        try {
            ClientFrame frame = ClientFrame.parse(mapper, text);
            long conversationId = frame.requiredId("conversation_id");
            switch (frame.type()) {
                case "join" -> {
                    messages.requireParticipant(conversationId, connection.userId());
                    hub.join(conversationId, connection.queue());
                }
                case "message" -> {
                    requireJoined(conversationId, connection);
                    String content = frame.requiredText(frame.json(), "content", 10_000);
                    String clientMsgId = frame.optionalText("client_msg_id", 200);
                    Message message = messages.send(conversationId, connection.userId(), content, "text", CHANNEL);
                    hub.deliver(message, clientMsgId);
                }
                case "read" -> {
                    requireJoined(conversationId, connection);
                    messages.markRead(conversationId, connection.userId());
                    hub.announceRead(conversationId, connection.userId());
                }
                default -> throw new ClientFrame.InvalidFrameException("unknown frame type '" + frame.type() + "'");
            }
        } catch (ClientFrame.InvalidFrameException | HttpResponseException e) {
            connection.queue().offer(frames.write(new ErrorFrame(e.getMessage())));
        } catch (RuntimeException e) {
            events.error("chat frame failed", e);
            connection.queue().offer(frames.write(new ErrorFrame("server error")));
        }
    }

    private void requireJoined(long conversationId, Connection connection) throws ClientFrame.InvalidFrameException {
        if (!hub.hasJoined(conversationId, connection.queue())) {
            throw new ClientFrame.InvalidFrameException("join conversation " + conversationId + " first");
        }
    }

    private record Connection(long userId, OutboundQueue queue) {}
}
