package dev.stressgate.simulations.flows;

import static dev.stressgate.simulations.flows.Requests.asPartner;
import static dev.stressgate.simulations.flows.Requests.asSelf;
import static dev.stressgate.simulations.flows.Requests.expect;
import static dev.stressgate.simulations.flows.Requests.json;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.ws;

import dev.stressgate.run.realtime.DropCause;
import dev.stressgate.run.realtime.RealtimeRecorder;
import io.gatling.http.action.ws.WsInboundMessage;
import io.gatling.javaapi.core.ActionBuilder;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Othello over the game WebSocket with two real accounts: the user creates a room and joins it over its own
 * ticketed socket, the partner joins over a second socket (its own ticket), then the user chats and plays the
 * opening move (row 2, column 3: legal for black, the creator, who moves first). Both sockets are held for the game.
 * The {@link RealtimeRecorder} gets each socket's connect time (ticket + upgrade) and hold time, and the chat line as
 * a fan-out delivery: it is awaited on the partner's socket among the frames it received.
 */
public final class GameWsFlow implements UserFlow {
    /** The flow's name: its Gatling group and the prefix of its request names. */
    public static final String NAME = "game_ws";

    private static final String CHANNEL = "game";
    private static final String ROOM_ID = "roomId";
    private static final String HOST_TICKET = "gameTicket";
    private static final String GUEST_TICKET = "partnerGameTicket";
    private static final String CONNECT_STARTED = "gameConnectStarted";
    private static final String HOST_OPEN_AT = "gameHostOpenAt";
    private static final String GUEST_OPEN_AT = "gameGuestOpenAt";
    private static final String CHAT_ID = "gameChatId";
    private static final String CHAT_WAIT_UNTIL = "gameChatWaitUntil";
    private static final Duration CHAT_POLL = Duration.ofMillis(100);

    private final AccountSteps accounts;
    private final RealtimeRecorder recorder;

    public GameWsFlow(AccountSteps accounts, RealtimeRecorder recorder) {
        this.accounts = accounts;
        this.recorder = recorder;
    }

    @Override
    public ChainBuilder chain() {
        String room = "/api/ws/game?room_id=#{" + ROOM_ID + "}&ticket=";
        return exec(accounts.pickPartner())
                .exec(asSelf(http(NAME + ": create room").post("/api/games/rooms"))
                        .body(json(session -> Map.of("type", "othello")))
                        .check(expect(201), jsonPath("$.id").ofLong().saveAs(ROOM_ID)))
                .exec(session -> session.set(CONNECT_STARTED, now()))
                .exec(asSelf(http(NAME + ": ticket").post("/api/ws/ticket"))
                        .check(expect(200), jsonPath("$.ticket").saveAs(HOST_TICKET)))
                .exec(ws(NAME + ": connect").wsName(GameWsFlow::hostSocket).connect(room + "#{" + HOST_TICKET + "}"))
                .exec(session -> opened(session, HOST_OPEN_AT))
                .exec(ws(NAME + ": join")
                        .wsName(GameWsFlow::hostSocket)
                        .sendText(frame("join_room", Map.of()))
                        .await(WsTimeouts.FRAME)
                        .on(ws.checkTextMessage(NAME + ": joined")
                                .matching(jsonPath("$.type").is("game_state"))))
                .exec(session -> session.set(CONNECT_STARTED, now()))
                .exec(asPartner(http(NAME + ": partner ticket").post("/api/ws/ticket"))
                        .check(expect(200), jsonPath("$.ticket").saveAs(GUEST_TICKET)))
                .exec(ws(NAME + ": partner connect")
                        .wsName(GameWsFlow::guestSocket)
                        .connect(room + "#{" + GUEST_TICKET + "}"))
                .exec(session -> opened(session, GUEST_OPEN_AT))
                .exec(ws(NAME + ": partner join")
                        .wsName(GameWsFlow::guestSocket)
                        .sendText(frame("join_room", Map.of()))
                        .await(WsTimeouts.FRAME)
                        .on(ws.checkTextMessage(NAME + ": game started")
                                .matching(jsonPath("$.type").is("game_started"))))
                .exec(session -> {
                    String chatId = UUID.randomUUID().toString();
                    recorder.expectDelivery(
                            CHANNEL,
                            chatId,
                            session.getLong(SessionKeys.USER_ID),
                            session.getLong(SessionKeys.PARTNER_ID),
                            now());
                    return session.set(CHAT_ID, chatId);
                })
                .exec(ws(NAME + ": chat")
                        .wsName(GameWsFlow::hostSocket)
                        .sendText(
                                session -> frame("chat", Map.of("content", "good luck " + session.getString(CHAT_ID))))
                        .await(WsTimeouts.FRAME)
                        .on(ws.checkTextMessage(NAME + ": chat delivered")
                                .matching(jsonPath("$.type").is("chat"))))
                .exec(ws(NAME + ": move")
                        .wsName(GameWsFlow::hostSocket)
                        .sendText(frame("make_move", Map.of("row", 2, "column", 3)))
                        .await(WsTimeouts.FRAME)
                        .on(ws.checkTextMessage(NAME + ": move made")
                                .matching(jsonPath("$.type").in("move_made", "error"))
                                .check(jsonPath("$.type").is("move_made"))))
                .exec(session -> session.set(CHAT_WAIT_UNTIL, now() + RealtimeRecorder.LOSS_TIMEOUT.toMillis()))
                .exec(readPartnerSocket())
                .asLongAs(session -> awaited(session) && now() < session.getLong(CHAT_WAIT_UNTIL))
                .on(pause(CHAT_POLL).exec(readPartnerSocket()))
                .exec(session -> {
                    recorder.lostFor(session.getLong(SessionKeys.PARTNER_ID), CHANNEL);
                    return session;
                })
                .exec(ws(NAME + ": partner close")
                        .wsName(GameWsFlow::guestSocket)
                        .close())
                .exec(session -> closed(session, GUEST_OPEN_AT))
                .exec(ws(NAME + ": close").wsName(GameWsFlow::hostSocket).close())
                .exec(session -> closed(session, HOST_OPEN_AT));
    }

    /**
     * After a failed step: a connect that was under way failed, and sockets the game did not get to close are
     * counted as dropped (Gatling keeps them until the virtual user ends, as before).
     */
    @Override
    public ChainBuilder afterwards() {
        return exec(session -> {
            Session after = session;
            if (after.contains(CONNECT_STARTED)) {
                recorder.connectFailed(CHANNEL, false);
                after = after.remove(CONNECT_STARTED);
            }
            for (String openAt : List.of(HOST_OPEN_AT, GUEST_OPEN_AT)) {
                if (after.contains(openAt)) {
                    recorder.dropped(CHANNEL, DropCause.ERROR, now() - after.getLong(openAt));
                    after = after.remove(openAt);
                }
            }
            if (after.contains(CHAT_ID) && after.contains(SessionKeys.PARTNER_ID)) {
                recorder.followUpAbandoned(after.getLong(SessionKeys.PARTNER_ID), CHANNEL);
            }
            return after.remove(CHAT_ID);
        });
    }

    private Session opened(Session session, String openAtKey) {
        recorder.connected(CHANNEL, now() - session.getLong(CONNECT_STARTED), false);
        return session.remove(CONNECT_STARTED).set(openAtKey, now());
    }

    private Session closed(Session session, String openAtKey) {
        recorder.closed(CHANNEL, now() - session.getLong(openAtKey));
        return session.remove(openAtKey);
    }

    /** The game chat line, found among the frames the partner's socket received, is a fan-out delivery. */
    private ActionBuilder readPartnerSocket() {
        return ws.processUnmatchedMessages(GameWsFlow::guestSocket, (messages, session) -> {
            String chatId = session.getString(CHAT_ID);
            long partner = session.getLong(SessionKeys.PARTNER_ID);
            for (WsInboundMessage message : messages) {
                if (message instanceof WsInboundMessage.Text text
                        && text.message().contains(chatId)) {
                    recorder.delivered(CHANNEL, chatId, partner, text.timestamp());
                }
            }
            return session;
        });
    }

    private boolean awaited(Session session) {
        return recorder.isAwaited(CHANNEL, session.getString(CHAT_ID), session.getLong(SessionKeys.PARTNER_ID));
    }

    private static String frame(String type, Map<String, Object> payload) {
        return Requests.write(Map.of("type", type, "payload", payload));
    }

    private static long now() {
        return System.currentTimeMillis();
    }

    private static String hostSocket(Session session) {
        return "game-" + session.getInt(SessionKeys.ACTION_INDEX);
    }

    private static String guestSocket(Session session) {
        return "game-partner-" + session.getInt(SessionKeys.ACTION_INDEX);
    }
}
