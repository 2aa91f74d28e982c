package dev.stressgate.simulations.flows;

import static dev.stressgate.simulations.flows.Requests.asSelf;
import static dev.stressgate.simulations.flows.Requests.expect;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.ws;

import dev.stressgate.profile.Flow;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Chat over the WebSocket: conversation with the partner, single-use ticket, connect, join, send a message and wait
 * for the server to deliver it back to the sender ({@code chat_ws: message delivered}: its response time is the
 * delivery latency), mark read and wait for the read receipt, close.
 */
public final class ChatWsFlow implements UserFlow {
    static final Duration FRAME_TIMEOUT = Duration.ofSeconds(10);
    private static final String TICKET = "chatTicket";
    private static final String CLIENT_MSG_ID = "clientMsgId";

    private final AccountSteps accounts;

    public ChatWsFlow(AccountSteps accounts) {
        this.accounts = accounts;
    }

    @Override
    public Flow flow() {
        return Flow.CHAT_WS;
    }

    @Override
    public ChainBuilder chain() {
        return exec(accounts.pickPartner())
                .exec(DmsFlow.openConversation("chat_ws: open conversation"))
                .exec(asSelf(http("chat_ws: ticket").post("/api/ws/ticket"))
                        .check(expect(200), jsonPath("$.ticket").saveAs(TICKET)))
                .exec(ws("chat_ws: connect")
                        .wsName(ChatWsFlow::socketName)
                        .connect("/api/ws/chat?ticket=#{" + TICKET + "}"))
                .exec(ws("chat_ws: join")
                        .wsName(ChatWsFlow::socketName)
                        .sendText(session -> frame(session, "join", Map.of()))
                        .await(FRAME_TIMEOUT)
                        .on(ws.checkTextMessage("chat_ws: joined")
                                .matching(jsonPath("$.type").is("joined"))))
                .exec(session -> session.set(CLIENT_MSG_ID, UUID.randomUUID().toString()))
                .exec(ws("chat_ws: send message")
                        .wsName(ChatWsFlow::socketName)
                        .sendText(session -> frame(
                                session,
                                "message",
                                Map.of(
                                        "content",
                                        "chat from " + session.getLong(SessionKeys.USER_ID),
                                        "client_msg_id",
                                        session.getString(CLIENT_MSG_ID))))
                        .await(FRAME_TIMEOUT)
                        .on(ws.checkTextMessage("chat_ws: message delivered")
                                .matching(
                                        jsonPath("$.type").is("message"),
                                        jsonPath("$.client_msg_id").isEL("#{" + CLIENT_MSG_ID + "}"))
                                .check(jsonPath("$.sender_id").ofLong().isEL("#{" + SessionKeys.USER_ID + "}"))))
                .exec(ws("chat_ws: read")
                        .wsName(ChatWsFlow::socketName)
                        .sendText(session -> frame(session, "read", Map.of()))
                        .await(FRAME_TIMEOUT)
                        .on(ws.checkTextMessage("chat_ws: read receipt")
                                .matching(
                                        jsonPath("$.type").is("read"),
                                        jsonPath("$.user_id").ofLong().isEL("#{" + SessionKeys.USER_ID + "}"))))
                .exec(ws("chat_ws: close").wsName(ChatWsFlow::socketName).close());
    }

    private static String frame(Session session, String type, Map<String, Object> fields) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", type);
        frame.put("conversation_id", session.getLong(DmsFlow.CONVERSATION_ID));
        frame.putAll(fields);
        return Requests.write(frame);
    }

    /** One socket name per action, so a socket left open by a failed action never blocks the next chat action. */
    private static String socketName(Session session) {
        return "chat-" + session.getInt(SessionKeys.ACTION_INDEX);
    }
}
