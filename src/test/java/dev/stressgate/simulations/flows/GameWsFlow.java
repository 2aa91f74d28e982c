package dev.stressgate.simulations.flows;

import static dev.stressgate.simulations.flows.Requests.asPartner;
import static dev.stressgate.simulations.flows.Requests.asSelf;
import static dev.stressgate.simulations.flows.Requests.expect;
import static dev.stressgate.simulations.flows.Requests.json;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.ws;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.Map;

/**
 * Othello over the game WebSocket with two real accounts: the user creates a room and joins it over its own
 * ticketed socket, the partner joins over a second socket (its own ticket), then the user chats and plays the
 * opening move (row 2, column 3: legal for black, the creator, who moves first).
 */
public final class GameWsFlow implements UserFlow {
    /** The flow's name: its Gatling group and the prefix of its request names. */
    public static final String NAME = "game_ws";

    private static final String ROOM_ID = "roomId";
    private static final String HOST_TICKET = "gameTicket";
    private static final String GUEST_TICKET = "partnerGameTicket";

    private final AccountSteps accounts;

    public GameWsFlow(AccountSteps accounts) {
        this.accounts = accounts;
    }

    @Override
    public ChainBuilder chain() {
        String room = "/api/ws/game?room_id=#{" + ROOM_ID + "}&ticket=";
        return exec(accounts.pickPartner())
                .exec(asSelf(http(NAME + ": create room").post("/api/games/rooms"))
                        .body(json(session -> Map.of("type", "othello")))
                        .check(expect(201), jsonPath("$.id").ofLong().saveAs(ROOM_ID)))
                .exec(asSelf(http(NAME + ": ticket").post("/api/ws/ticket"))
                        .check(expect(200), jsonPath("$.ticket").saveAs(HOST_TICKET)))
                .exec(ws(NAME + ": connect").wsName(GameWsFlow::hostSocket).connect(room + "#{" + HOST_TICKET + "}"))
                .exec(ws(NAME + ": join")
                        .wsName(GameWsFlow::hostSocket)
                        .sendText(frame("join_room", Map.of()))
                        .await(ChatWsFlow.FRAME_TIMEOUT)
                        .on(ws.checkTextMessage(NAME + ": joined")
                                .matching(jsonPath("$.type").is("game_state"))))
                .exec(asPartner(http(NAME + ": partner ticket").post("/api/ws/ticket"))
                        .check(expect(200), jsonPath("$.ticket").saveAs(GUEST_TICKET)))
                .exec(ws(NAME + ": partner connect")
                        .wsName(GameWsFlow::guestSocket)
                        .connect(room + "#{" + GUEST_TICKET + "}"))
                .exec(ws(NAME + ": partner join")
                        .wsName(GameWsFlow::guestSocket)
                        .sendText(frame("join_room", Map.of()))
                        .await(ChatWsFlow.FRAME_TIMEOUT)
                        .on(ws.checkTextMessage(NAME + ": game started")
                                .matching(jsonPath("$.type").is("game_started"))))
                .exec(ws(NAME + ": chat")
                        .wsName(GameWsFlow::hostSocket)
                        .sendText(frame("chat", Map.of("content", "good luck")))
                        .await(ChatWsFlow.FRAME_TIMEOUT)
                        .on(ws.checkTextMessage(NAME + ": chat delivered")
                                .matching(jsonPath("$.type").is("chat"))))
                .exec(ws(NAME + ": move")
                        .wsName(GameWsFlow::hostSocket)
                        .sendText(frame("make_move", Map.of("row", 2, "column", 3)))
                        .await(ChatWsFlow.FRAME_TIMEOUT)
                        .on(ws.checkTextMessage(NAME + ": move made")
                                .matching(jsonPath("$.type").in("move_made", "error"))
                                .check(jsonPath("$.type").is("move_made"))))
                .exec(ws(NAME + ": partner close")
                        .wsName(GameWsFlow::guestSocket)
                        .close())
                .exec(ws(NAME + ": close").wsName(GameWsFlow::hostSocket).close());
    }

    private static String frame(String type, Map<String, Object> payload) {
        return Requests.write(Map.of("type", type, "payload", payload));
    }

    private static String hostSocket(Session session) {
        return "game-" + session.getInt(SessionKeys.ACTION_INDEX);
    }

    private static String guestSocket(Session session) {
        return "game-partner-" + session.getInt(SessionKeys.ACTION_INDEX);
    }
}
