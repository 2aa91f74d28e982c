package dev.stressgate.socialapp.games;

import dev.stressgate.socialapp.http.Access;
import dev.stressgate.socialapp.http.Fields;
import dev.stressgate.socialapp.http.JsonBody;
import dev.stressgate.socialapp.http.Params;
import dev.stressgate.socialapp.http.RequestAttributes;
import dev.stressgate.socialapp.http.RouteGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRouting;
import java.util.Set;

/** Game rooms over HTTP. */
public final class GameRoutes implements RouteGroup {

    private final GameRoomRepository rooms;
    private final JsonBody body;

    public GameRoutes(GameRoomRepository rooms, JsonBody body) {
        this.rooms = rooms;
        this.body = body;
    }

    @Override
    public void register(JavalinDefaultRouting router) {
        router.post("/api/games/rooms", this::create, Access.USER);
        router.get("/api/games/rooms/{id}", this::get, Access.USER);
    }

    private void create(Context ctx) {
        NewRoom request = body.read(ctx, NewRoom.class);
        String type = Fields.oneOf("type", Fields.text("type", request.type(), 16), "othello", Set.of("othello"));
        ctx.status(HttpStatus.CREATED).json(rooms.create(type, RequestAttributes.userId(ctx)));
    }

    private void get(Context ctx) {
        ctx.json(rooms.byId(Params.id(ctx, "id")).orElseThrow(() -> new NotFoundResponse("game room not found")));
    }

    record NewRoom(String type) {}
}
