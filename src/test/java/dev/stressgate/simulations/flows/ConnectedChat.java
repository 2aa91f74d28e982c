package dev.stressgate.simulations.flows;

import static dev.stressgate.simulations.flows.Requests.asSelf;
import static dev.stressgate.simulations.flows.Requests.expect;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.profile.RealtimeConnection;
import dev.stressgate.profile.ThinkTime;
import dev.stressgate.run.realtime.DropCause;
import dev.stressgate.run.realtime.RealtimeRecorder;
import io.gatling.http.action.ws.WsInboundMessage;
import io.gatling.javaapi.core.ActionBuilder;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The realtime user's chat socket held for its whole session ({@code connection: "session"}): connect once after
 * sign-up (ticket + upgrade, timed), open a conversation with another connected user and join it, heartbeat (a
 * repeated {@code join}, answered {@code joined}, as the contract has no ping frame) whenever the socket was silent
 * for {@code heartbeat_s}, join the conversations other users invite it to, and reconnect with doubling back-off when
 * the socket drops, joining its conversations again.
 *
 * <p>A message it sends is awaited on its own socket ({@code chat_ws: message delivered}, the echo latency) and, as a
 * fan-out delivery, on the socket of every other user joined to the conversation: the recipient finds it among the
 * frames its socket received (Gatling's unmatched inbound messages, with their arrival time) at its next heartbeat
 * or action, and the {@link RealtimeRecorder} times send → arrival. A step on the socket that fails before the frame
 * timeout found the socket closed by the server; a heartbeat without answer is a timeout; both are drops.
 */
public final class ConnectedChat {
    private static final String CHANNEL = "chat";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String GENERATION = "heldChatGeneration";
    private static final String CONNECTED = "heldChatConnected";
    private static final String CONNECTED_AT = "heldChatConnectedAt";
    private static final String HAD_SOCKET = "heldChatHadSocket";
    private static final String CONNECT_STARTED = "heldChatConnectStarted";
    private static final String LAST_FRAME_AT = "heldChatLastFrameAt";
    private static final String BACKOFF_S = "heldChatBackoffS";
    private static final String CONVERSATIONS = "heldChatConversations";
    private static final String OWN_CONVERSATION = "heldChatConversation";
    private static final String JOIN_TARGET = "heldChatJoinTarget";
    private static final String HAS_INVITATION = "heldChatHasInvitation";
    private static final String STEP_STARTED = "heldChatStepStarted";
    private static final String THINK_UNTIL = "heldChatThinkUntil";
    private static final String TICKET = "heldChatTicket";
    private static final String MESSAGE_ID = "heldChatMessageId";
    private static final String STALE_SOCKET = "heldChatStaleSocket";
    private static final long IMMEDIATE_FAILURE_MS = WsTimeouts.FRAME.toMillis() - 1_000;

    private final AccountSteps accounts;
    private final ChatDirectory directory;
    private final RealtimeRecorder recorder;
    private final RealtimeConnection settings;

    public ConnectedChat(
            AccountSteps accounts, ChatDirectory directory, RealtimeRecorder recorder, RealtimeConnection settings) {
        this.accounts = accounts;
        this.directory = directory;
        this.recorder = recorder;
        this.settings = settings;
    }

    /** The catalogue's flow whose actions a user holding its socket runs over it instead. */
    public String flow() {
        return ChatWsFlow.NAME;
    }

    /** After sign-up: a conversation with a connected user (else any account), then the socket, joined to it. */
    public ChainBuilder open() {
        return group(ChatWsFlow.NAME)
                .on(exec(session -> directory
                                .onlineOtherThan(self(session))
                                .map(partner -> session.set(SessionKeys.PARTNER_ID, partner))
                                .orElseGet(() -> session.remove(SessionKeys.PARTNER_ID)))
                        .doIf(session -> !session.contains(SessionKeys.PARTNER_ID))
                        .then(accounts.pickPartner())
                        .exec(Conversations.openWithPartner(ChatWsFlow.NAME + ": open conversation"))
                        .exitHereIfFailed()
                        .exec(session -> {
                            long conversation = session.getLong(SessionKeys.CONVERSATION_ID);
                            directory.invite(session.getLong(SessionKeys.PARTNER_ID), conversation);
                            return session.set(OWN_CONVERSATION, conversation)
                                    .set(CONVERSATIONS, List.of(conversation))
                                    .set(CONNECTED, false)
                                    .set(BACKOFF_S, 1)
                                    .set(GENERATION, 0);
                        })
                        .exec(connect()));
    }

    /** Think time as the profile sets it, with a heartbeat whenever the socket has been silent for heartbeat_s. */
    public ChainBuilder thinkWithHeartbeats(ThinkTime think) {
        long minMs = Math.round(think.minSeconds() * 1000);
        long maxMs = Math.round(think.maxSeconds() * 1000);
        long heartbeatMs = settings.heartbeatSeconds() * 1000L;
        return exec(session -> session.set(
                        THINK_UNTIL,
                        now() + (maxMs > minMs ? ThreadLocalRandom.current().nextLong(minMs, maxMs + 1) : minMs)))
                .asLongAs(session -> now() < session.getLong(THINK_UNTIL))
                .on(pause(session -> Duration.ofMillis(Math.max(
                                1,
                                Math.min(
                                        session.getLong(THINK_UNTIL) - now(),
                                        session.getLong(LAST_FRAME_AT) + heartbeatMs - now()))))
                        .doIf(session -> !connected(session) || now() >= session.getLong(LAST_FRAME_AT) + heartbeatMs)
                        .then(group(ChatWsFlow.NAME).on(heartbeat())));
    }

    /** One chat action over the held socket: send a message (echo timed, fan-out awaited), mark read. */
    public ChainBuilder chatAction() {
        return group(ChatWsFlow.NAME)
                .on(ensureConnected()
                        .doIf(ConnectedChat::connected)
                        .then(catchUp()
                                .doIf(ConnectedChat::connected)
                                .then(exec(session -> expectFanOut(session.set(
                                                MESSAGE_ID, UUID.randomUUID().toString())))
                                        .exec(onSocket(
                                                ws("chat_ws: send message")
                                                        .wsName(ConnectedChat::socket)
                                                        .sendText(session -> frame(
                                                                session,
                                                                "message",
                                                                Map.of(
                                                                        "content",
                                                                        "chat from " + self(session),
                                                                        "client_msg_id",
                                                                        session.getString(MESSAGE_ID))))
                                                        .await(WsTimeouts.FRAME)
                                                        .on(ws.checkTextMessage(ChatWsFlow.MESSAGE_DELIVERED)
                                                                .matching(
                                                                        jsonPath("$.type")
                                                                                .is("message"),
                                                                        jsonPath("$.client_msg_id")
                                                                                .isEL("#{" + MESSAGE_ID + "}"))),
                                                false))
                                        .doIf(ConnectedChat::connected)
                                        .then(onSocket(
                                                ws("chat_ws: read")
                                                        .wsName(ConnectedChat::socket)
                                                        .sendText(session -> frame(session, "read", Map.of()))
                                                        .await(WsTimeouts.FRAME)
                                                        .on(ws.checkTextMessage("chat_ws: read receipt")
                                                                .matching(
                                                                        jsonPath("$.type")
                                                                                .is("read"),
                                                                        jsonPath("$.user_id")
                                                                                .ofLong()
                                                                                .isEL("#{" + SessionKeys.USER_ID
                                                                                        + "}"))),
                                                false)))));
    }

    /** End of the session: read what arrived, close the socket, leave the directory. */
    public ChainBuilder close() {
        return group(ChatWsFlow.NAME)
                .on(doIf(ConnectedChat::connected)
                        .then(readSocket()
                                .exec(ws("chat_ws: close")
                                        .wsName(ConnectedChat::socket)
                                        .close())
                                .exec(session -> {
                                    recorder.closed(CHANNEL, now() - session.getLong(CONNECTED_AT));
                                    return session.set(CONNECTED, false);
                                }))
                        .exec(session -> {
                            recorder.recipientClosed(self(session), CHANNEL);
                            directory.left(self(session));
                            return session.markAsSucceeded();
                        }));
    }

    private ChainBuilder heartbeat() {
        return ensureConnected()
                .doIf(ConnectedChat::connected)
                .then(catchUp()
                        .doIf(ConnectedChat::connected)
                        .then(onSocket(
                                ws("chat_ws: heartbeat")
                                        .wsName(ConnectedChat::socket)
                                        .sendText(session -> frame(session, "join", Map.of()))
                                        .await(WsTimeouts.FRAME)
                                        .on(ws.checkTextMessage("chat_ws: heartbeat answered")
                                                .matching(
                                                        jsonPath("$.type").is("joined"),
                                                        jsonPath("$.conversation_id")
                                                                .ofLong()
                                                                .isEL("#{" + OWN_CONVERSATION + "}"))),
                                true)));
    }

    /** What a client does whenever it is active: read what its socket received, join what it was invited to. */
    private ChainBuilder catchUp() {
        return readSocket()
                .exec(this::pullInvitation)
                .asLongAs(session -> connected(session) && session.getBoolean(HAS_INVITATION))
                .on(join().exec(this::pullInvitation));
    }

    /** Puts the next conversation another user invited this one to into {@link #JOIN_TARGET}, if there is one. */
    private Session pullInvitation(Session session) {
        return directory
                .nextInvitation(self(session))
                .map(conversation -> session.set(JOIN_TARGET, conversation).set(HAS_INVITATION, true))
                .orElseGet(() -> session.set(HAS_INVITATION, false));
    }

    private ChainBuilder ensureConnected() {
        return doIf(session -> !connected(session))
                .then(pause(session -> Duration.ofSeconds(session.getInt(BACKOFF_S)))
                        .exec(connect()));
    }

    /** Ticket + upgrade, timed together; on success the socket joins every conversation of the user again. */
    private ChainBuilder connect() {
        return exec(session -> session.set(CONNECT_STARTED, now()).set(GENERATION, session.getInt(GENERATION) + 1))
                .exec(exitBlockOnFail()
                        .on(exec(asSelf(http("chat_ws: ticket").post("/api/ws/ticket"))
                                        .check(expect(200), jsonPath("$.ticket").saveAs(TICKET)))
                                .exec(ws("chat_ws: connect")
                                        .wsName(ConnectedChat::socket)
                                        .connect("/api/ws/chat?ticket=#{" + TICKET + "}"))))
                .exec(this::afterConnect)
                .doIf(ConnectedChat::connected)
                .then(foreach(session -> new ArrayList<Object>(session.getList(CONVERSATIONS)), JOIN_TARGET)
                        .on(doIf(ConnectedChat::connected).then(join())));
    }

    private Session afterConnect(Session session) {
        boolean reconnect = session.contains(HAD_SOCKET);
        if (session.isFailed()) {
            recorder.connectFailed(CHANNEL, reconnect);
            int backoff = Math.min(settings.maxReconnectBackoffSeconds(), session.getInt(BACKOFF_S) * 2);
            return session.set(CONNECTED, false).set(BACKOFF_S, backoff).markAsSucceeded();
        }
        recorder.connected(CHANNEL, now() - session.getLong(CONNECT_STARTED), reconnect);
        directory.online(self(session));
        return session.set(CONNECTED, true)
                .set(CONNECTED_AT, now())
                .set(LAST_FRAME_AT, now())
                .set(HAD_SOCKET, true)
                .set(BACKOFF_S, 1);
    }

    /** Joins {@link #JOIN_TARGET} (awaiting {@code joined}) and records the membership for fan-out. */
    private ChainBuilder join() {
        return onSocket(
                        ws("chat_ws: join")
                                .wsName(ConnectedChat::socket)
                                .sendText(session -> joinFrame(session.getLong(JOIN_TARGET)))
                                .await(WsTimeouts.FRAME)
                                .on(ws.checkTextMessage("chat_ws: joined")
                                        .matching(
                                                jsonPath("$.type").is("joined"),
                                                jsonPath("$.conversation_id")
                                                        .ofLong()
                                                        .isEL("#{" + JOIN_TARGET + "}"))),
                        true)
                .exec(session -> {
                    if (connected(session)) {
                        long conversation = session.getLong(JOIN_TARGET);
                        directory.joined(self(session), conversation);
                        List<Long> joined = new ArrayList<>(session.getList(CONVERSATIONS));
                        if (!joined.contains(conversation)) {
                            joined.add(conversation);
                        }
                        return session.set(CONVERSATIONS, joined);
                    }
                    return session;
                });
    }

    /**
     * Runs one step on the held socket. A failure before the frame timeout means the socket was already closed (by the
     * server); a heartbeat or join without answer is a timeout. Both drop the socket (a timed-out one is closed); a
     * message whose echo is late only fails that check.
     */
    private ChainBuilder onSocket(ActionBuilder step, boolean dropOnTimeout) {
        return exec(session -> session.set(STEP_STARTED, now()))
                .exec(step)
                .exec(session -> afterStep(session, dropOnTimeout))
                .doIf(session -> session.contains(STALE_SOCKET))
                .then(exec(ws("chat_ws: close unanswered socket")
                                .wsName(session -> session.getString(STALE_SOCKET))
                                .close())
                        .exec(session -> session.remove(STALE_SOCKET).markAsSucceeded()));
    }

    private Session afterStep(Session session, boolean dropOnTimeout) {
        if (!session.isFailed()) {
            return session.set(LAST_FRAME_AT, now());
        }
        long elapsed = now() - session.getLong(STEP_STARTED);
        if (elapsed < IMMEDIATE_FAILURE_MS) {
            return dropped(session, DropCause.SERVER_CLOSE).markAsSucceeded();
        }
        if (dropOnTimeout) {
            return dropped(session, DropCause.TIMEOUT)
                    .set(STALE_SOCKET, socket(session))
                    .markAsSucceeded();
        }
        return session.markAsSucceeded();
    }

    private Session dropped(Session session, DropCause cause) {
        long self = self(session);
        recorder.dropped(CHANNEL, cause, now() - session.getLong(CONNECTED_AT));
        recorder.socketDropped(self, CHANNEL, session.getLong(LAST_FRAME_AT));
        directory.offline(self);
        return session.set(CONNECTED, false).set(BACKOFF_S, 1);
    }

    /** Declares the deliveries the next message awaits: one per other user joined to the conversation. */
    private Session expectFanOut(Session session) {
        long self = self(session);
        List<Long> recipients = directory.othersJoined(session.getLong(OWN_CONVERSATION), self);
        if (recipients.isEmpty()) {
            recorder.sentToNobody(CHANNEL);
        }
        long sentAt = now();
        for (long recipient : recipients) {
            recorder.expectDelivery(CHANNEL, session.getString(MESSAGE_ID), self, recipient, sentAt);
        }
        return session;
    }

    /** Looks at the frames the socket received meanwhile: other users' messages are fan-out deliveries. */
    private ChainBuilder readSocket() {
        return exec(ws.processUnmatchedMessages(ConnectedChat::socket, (messages, session) -> {
            long self = self(session);
            for (WsInboundMessage message : messages) {
                if (message instanceof WsInboundMessage.Text text) {
                    delivery(text.message(), self)
                            .ifPresent(id -> recorder.delivered(CHANNEL, id, self, text.timestamp()));
                }
            }
            recorder.expireOverdue(self);
            return session;
        }));
    }

    /** The client_msg_id of another user's message frame, if the text is one. */
    static java.util.Optional<String> delivery(String text, long self) {
        try {
            JsonNode frame = MAPPER.readTree(text);
            if (frame != null
                    && "message".equals(frame.path("type").asText())
                    && frame.path("sender_id").asLong(self) != self
                    && frame.path("client_msg_id").isTextual()) {
                return java.util.Optional.of(frame.get("client_msg_id").asText());
            }
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    private static String frame(Session session, String type, Map<String, Object> fields) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", type);
        frame.put("conversation_id", session.getLong(OWN_CONVERSATION));
        frame.putAll(fields);
        return Requests.write(frame);
    }

    private static String joinFrame(long conversation) {
        return Requests.write(Map.of("type", "join", "conversation_id", conversation));
    }

    private static boolean connected(Session session) {
        return session.contains(CONNECTED) && session.getBoolean(CONNECTED);
    }

    /** A new socket name per connection, so a dropped socket never stands in the way of its replacement. */
    private static String socket(Session session) {
        return "chat-held-" + session.getInt(GENERATION);
    }

    private static long self(Session session) {
        return session.getLong(SessionKeys.USER_ID);
    }

    private static long now() {
        return System.currentTimeMillis();
    }
}
