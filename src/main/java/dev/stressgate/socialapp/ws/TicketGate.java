package dev.stressgate.socialapp.ws;

import dev.stressgate.socialapp.auth.TicketService;
import dev.stressgate.socialapp.http.RequestAttributes;
import dev.stressgate.socialapp.http.RequestIds;
import dev.stressgate.socialapp.http.RequestRecorder;
import dev.stressgate.socialapp.metrics.AppMetrics;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.websocket.WsContext;

/**
 * The check before a WebSocket upgrade: a bad, reused or expired {@code ticket} is answered 401 and the
 * upgrade never happens. Upgrade requests bypass Javalin's HTTP filters, so the gate also assigns the
 * request id and records the request (101 when upgraded) under its route template, never the raw query.
 */
public final class TicketGate {

    private static final String WS_USER = "stressgate.ws_user_id";

    private final TicketService tickets;
    private final AppMetrics metrics;
    private final RequestRecorder recorder;

    public TicketGate(TicketService tickets, AppMetrics metrics, RequestRecorder recorder) {
        this.tickets = tickets;
        this.metrics = metrics;
        this.recorder = recorder;
    }

    /** The before-upgrade handler for {@code route}; {@code check} runs after the ticket was accepted. */
    public Handler guard(String channel, String route, UpgradeCheck check) {
        return ctx -> {
            long start = System.nanoTime();
            RequestIds.assign(ctx);
            int status = 101;
            try {
                admit(ctx, channel);
                check.verify(ctx);
            } catch (HttpResponseException e) {
                status = e.getStatus();
                metrics.websocketRejected(channel);
                throw e;
            } finally {
                recorder.record(
                        "GET",
                        route,
                        status,
                        (System.nanoTime() - start) / 1e6,
                        RequestAttributes.requestId(ctx),
                        RequestAttributes.userIdOrNull(ctx));
            }
        };
    }

    private void admit(Context ctx, String channel) {
        Long userId = tickets.redeem(ctx.queryParam("ticket")).orElse(null);
        if (userId == null) {
            throw new UnauthorizedResponse("missing, used or expired ticket");
        }
        RequestAttributes.userId(ctx, userId);
        ctx.attribute(WS_USER, userId);
    }

    public static long userOf(WsContext ctx) {
        Long userId = ctx.attribute(WS_USER);
        if (userId == null) {
            throw new IllegalStateException("WebSocket session without an admitted user");
        }
        return userId;
    }

    /** A further check before the upgrade (e.g. the room exists); throws an HTTP error to refuse. */
    @FunctionalInterface
    public interface UpgradeCheck {
        void verify(Context ctx);
    }
}
