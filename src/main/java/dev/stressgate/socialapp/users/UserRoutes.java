package dev.stressgate.socialapp.users;

import dev.stressgate.socialapp.db.Database;
import dev.stressgate.socialapp.http.Access;
import dev.stressgate.socialapp.http.Params;
import dev.stressgate.socialapp.http.RequestAttributes;
import dev.stressgate.socialapp.http.RouteGroup;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRouting;

/** {@code GET /api/users/me} and {@code GET /api/notifications}. */
public final class UserRoutes implements RouteGroup {

    private final UserRepository users;
    private final Database database;

    public UserRoutes(UserRepository users, Database database) {
        this.users = users;
        this.database = database;
    }

    @Override
    public void register(JavalinDefaultRouting router) {
        router.get("/api/users/me", this::me, Access.USER);
        router.get("/api/notifications", this::notifications, Access.USER);
    }

    private void me(Context ctx) {
        ctx.json(users.byId(RequestAttributes.userId(ctx)).orElseThrow(() -> new NotFoundResponse("user not found")));
    }

    private void notifications(Context ctx) {
        long userId = RequestAttributes.userId(ctx);
        int limit = Params.limit(ctx, 20, 100);
        ctx.json(database.run("notification_list", session -> Notifications.latest(session, userId, limit)));
    }
}
