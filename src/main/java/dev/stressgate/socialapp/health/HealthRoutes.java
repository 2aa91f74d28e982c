package dev.stressgate.socialapp.health;

import dev.stressgate.socialapp.db.Database;
import dev.stressgate.socialapp.http.Access;
import dev.stressgate.socialapp.http.RouteGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRouting;

/** Liveness (the process answers) and readiness (the database answers). */
public final class HealthRoutes implements RouteGroup {

    private final Database database;

    public HealthRoutes(Database database) {
        this.database = database;
    }

    @Override
    public void register(JavalinDefaultRouting router) {
        router.get("/health/live", ctx -> ctx.json(new Health("up", null)), Access.PUBLIC);
        router.get("/health/ready", this::ready, Access.PUBLIC);
    }

    private void ready(Context ctx) {
        if (database.answers()) {
            ctx.json(new Health("up", "up"));
        } else {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(new Health("down", "down"));
        }
    }

    /** {@code {"status":"up","database":"up"}}; {@code database} is absent on the liveness answer. */
    record Health(String status, String database) {}
}
