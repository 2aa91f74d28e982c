package dev.stressgate.socialapp.faults;

import dev.stressgate.socialapp.http.Access;
import dev.stressgate.socialapp.http.JsonBody;
import dev.stressgate.socialapp.http.RouteGroup;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import java.util.List;
import java.util.Map;
import net.logstash.logback.marker.Markers;
import org.slf4j.Logger;

/**
 * {@code GET /admin/faults} shows the live fault settings; {@code PUT /admin/faults} replaces them
 * (absent fields are off). Loopback callers only; outside {@code /api}, so no token is needed.
 */
public final class FaultAdminRoutes implements RouteGroup {

    private final ActiveFaults faults;
    private final JsonBody body;
    private final Logger events;

    public FaultAdminRoutes(ActiveFaults faults, JsonBody body, Logger events) {
        this.faults = faults;
        this.body = body;
        this.events = events;
    }

    @Override
    public void register(JavalinDefaultRouting router) {
        router.get("/admin/faults", ctx -> ctx.json(faults.settings()), Access.LOOPBACK);
        router.put("/admin/faults", this::replace, Access.LOOPBACK);
    }

    private void replace(Context ctx) {
        FaultSettings settings = body.read(ctx, FaultSettings.class);
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new BadRequestResponse(String.join("; ", problems));
        }
        faults.replace(settings);
        events.warn(Markers.appendEntries(Map.of("faults", settings)), "fault settings replaced");
        ctx.json(settings);
    }
}
