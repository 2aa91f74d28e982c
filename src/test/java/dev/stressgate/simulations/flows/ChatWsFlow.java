package dev.stressgate.simulations.flows;

import static dev.stressgate.simulations.flows.Requests.asSelf;
import static dev.stressgate.simulations.flows.Requests.expect;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.ws;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Chat over the WebSocket: conversation with the partner, single-use ticket, connect, join, send a message and wait
 * for the server to deliver it back to the sender ({@link #MESSAGE_DELIVERED}: its response time is the
 * delivery latency), mark read and wait for the read receipt, close.
 */
public final class ChatWsFlow implements UserFlow {
    /** The flow's name: its Gatling group and the prefix of its request names. */
    public static final String NAME = "chat_ws";
    /** The check whose response time is a chat message's delivery latency. */
    public static final String MESSAGE_DELIVERED = NAME + ": message delivered";

    private static final String TICKET = "chatTicket";
    private static final String CLIENT_MSG_ID = "clientMsgId";

    private final AccountSteps accounts;

    public ChatWsFlow(AccountSteps accounts) {
        this.accounts = accounts;
    }

    @Override
    public ChainBuilder chain() {
        return exec(accounts.pickPartner())
                .exec(Conversations.openWithPartner(NAME + ": open conversation"))
                .exec(asSelf(http(NAME + ": ticket").post("/api/ws/ticket"))
                        .check(expect(200), jsonPath("$.ticket").saveAs(TICKET)))
                .exec(ws(NAME + ": connect")
                        .wsName(ChatWsFlow::socketName)
                        .connect("/api/ws/chat?ticket=#{" + TICKET + "}"))
                .exec(ws(NAME + ": join")
                        .wsName(ChatWsFlow::socketName)
                        .sendText(session -> frame(session, "join", Map.of()))
                        .await(WsTimeouts.FRAME)
                        .on(ws.checkTextMessage(NAME + ": joined")
                                .matching(jsonPath("$.type").is("joined"))))
                .exec(session -> session.set(CLIENT_MSG_ID, UUID.randomUUID().toString()))
                .exec(ws(NAME + ": send message")
                        .wsName(ChatWsFlow::socketName)
                        .sendText(session -> frame(
                                session,
                                "message",
                                Map.of(
                                        "content",
                                        "chat from " + session.getLong(SessionKeys.USER_ID),
                                        "client_msg_id",
                                        session.getString(CLIENT_MSG_ID))))
                        .await(WsTimeouts.FRAME)
                        .on(ws.checkTextMessage(MESSAGE_DELIVERED)
                                .matching(
                                        jsonPath("$.type").is("message"),
                                        jsonPath("$.client_msg_id").isEL("#{" + CLIENT_MSG_ID + "}"))
                                .check(jsonPath("$.sender_id").ofLong().isEL("#{" + SessionKeys.USER_ID + "}"))))
                .exec(ws(NAME + ": read")
                        .wsName(ChatWsFlow::socketName)
                        .sendText(session -> frame(session, "read", Map.of()))
                        .await(WsTimeouts.FRAME)
                        .on(ws.checkTextMessage(NAME + ": read receipt")
                                .matching(
                                        jsonPath("$.type").is("read"),
                                        jsonPath("$.user_id").ofLong().isEL("#{" + SessionKeys.USER_ID + "}"))))
                .exec(ws(NAME + ": close").wsName(ChatWsFlow::socketName).close());
    }

    private static String frame(Session session, String type, Map<String, Object> fields) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", type);
        frame.put("conversation_id", session.getLong(SessionKeys.CONVERSATION_ID));
        frame.putAll(fields);
        return Requests.write(frame);
    }

    /** One socket name per action, so a socket left open by a failed action never blocks the next chat action. */
    private static String socketName(Session session) {
        return "chat-" + session.getInt(SessionKeys.ACTION_INDEX);
    }
}
