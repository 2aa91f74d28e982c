package dev.stressgate.socialapp.games;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.socialapp.config.SocialAppConfig;
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
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRouting;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsConnectContext;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;

/** {@code /api/ws/game?room_id=&ticket=}: join_room, make_move and chat frames for one othello room. */
public final class GameSocket implements RouteGroup {

    static final String PATH = "/api/ws/game";
    private static final String CHANNEL = "game";
    private static final String ROOM = "stressgate.game_room";

    private final GameRoomRepository rooms;
    private final TicketGate gate;
    private final ObjectMapper mapper;
    private final FrameWriter frames;
    private final AppMetrics metrics;
    private final Logger events;
    private final Map<Long, GameTable> tables = new ConcurrentHashMap<>();
    private final Map<Long, Set<OutboundQueue>> watchers = new ConcurrentHashMap<>();
    private final ConnectionRegistry<Player> players;

    public GameSocket(
            GameRoomRepository rooms,
            TicketGate gate,
            ObjectMapper mapper,
            AppMetrics metrics,
            ActiveFaults faults,
            Logger events,
            SocialAppConfig config) {
        this.rooms = rooms;
        this.gate = gate;
        this.mapper = mapper;
        this.frames = new FrameWriter(mapper);
        this.metrics = metrics;
        this.events = events;
        this.players = new ConnectionRegistry<>(CHANNEL, config.websocketQueueCapacity(), metrics, faults);
    }

    @Override
    public void register(JavalinDefaultRouting router) {
        router.wsBeforeUpgrade(PATH, gate.guard(CHANNEL, PATH, this::requireRoom));
        router.ws(PATH, this::configure, Access.USER);
    }

    private void requireRoom(Context ctx) {
        String raw = ctx.queryParam("room_id");
        long roomId;
        try {
            roomId = Long.parseLong(raw == null ? "" : raw);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("room_id must be a positive integer id");
        }
        ctx.attribute(ROOM, rooms.byId(roomId).orElseThrow(() -> new NotFoundResponse("game room not found")));
    }

    private void configure(WsConfig ws) {
        players.configure(ws, this::seat, this::handle, this::left);
    }

    private Player seat(WsConnectContext ctx, OutboundQueue queue) {
        GameRoom room = ctx.attribute(ROOM);
        tables.computeIfAbsent(room.id(), id -> new GameTable(room));
        watchers.computeIfAbsent(room.id(), id -> ConcurrentHashMap.newKeySet()).add(queue);
        return new Player(TicketGate.userOf(ctx), room.id(), queue);
    }

    private void left(Player player) {
        watchers.getOrDefault(player.roomId(), Set.of()).remove(player.queue());
    }

    private void handle(Player player, String text) {
        try {
            ClientFrame frame = ClientFrame.parse(mapper, text);
            JsonNode payload = frame.json().path("payload");
            GameTable table = tables.get(player.roomId());
            switch (frame.type()) {
                case "join_room" -> join(player, table);
                case "make_move" -> move(player, table, cell(payload, "row"), cell(payload, "column"));
                case "chat" -> {
                    String content = frame.requiredText(payload, "content", 2_000);
                    metrics.messageAccepted(CHANNEL);
                    broadcast(player.roomId(), new GameFrames.Chat(player.userId(), content));
                }
                default -> throw new ClientFrame.InvalidFrameException("unknown frame type '" + frame.type() + "'");
            }
        } catch (ClientFrame.InvalidFrameException e) {
            player.queue().offer(frames.write(new ErrorFrame(e.getMessage())));
        } catch (RuntimeException e) {
            events.error("game frame failed in room {}", player.roomId(), e);
            player.queue().offer(frames.write(new ErrorFrame("server error")));
        }
    }

    private void join(Player player, GameTable table) {
        switch (table.join(player.userId(), userId -> rooms.seatOpponent(player.roomId(), userId))) {
            case STARTED -> broadcast(player.roomId(), new GameFrames.Event("game_started", table.state()));
            case ALREADY_SEATED ->
                player.queue().offer(frames.write(new GameFrames.Event("game_state", table.state())));
            case ROOM_FULL -> player.queue().offer(frames.write(new ErrorFrame("room full")));
        }
    }

    private void move(Player player, GameTable table, int row, int column) {
        GameTable.MoveOutcome outcome = table.move(player.userId(), row, column);
        if (outcome.error() != null) {
            player.queue().offer(frames.write(new ErrorFrame(outcome.error())));
            return;
        }
        metrics.messageAccepted(CHANNEL);
        if (outcome.move().state().status().equals(GameRoomRepository.FINISHED)) {
            rooms.finish(player.roomId());
        }
        broadcast(player.roomId(), new GameFrames.Event("move_made", outcome.move()));
    }

    private static int cell(JsonNode payload, String field) throws ClientFrame.InvalidFrameException {
        JsonNode value = payload.path(field);
        if (!value.isInt() || value.asInt() < 0 || value.asInt() >= OthelloBoard.SIZE) {
            throw new ClientFrame.InvalidFrameException("payload." + field + " must be an integer 0-7");
        }
        return value.asInt();
    }

    private void broadcast(long roomId, Object frame) {
        String text = frames.write(frame);
        for (OutboundQueue queue : watchers.getOrDefault(roomId, Set.of())) {
            queue.offer(text);
        }
    }

    private record Player(long userId, long roomId, OutboundQueue queue) {}
}
