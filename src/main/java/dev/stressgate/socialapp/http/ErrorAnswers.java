package dev.stressgate.socialapp.http;

import dev.stressgate.socialapp.db.ConstraintViolationException;
import dev.stressgate.socialapp.db.DatabaseException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRouting;
import org.slf4j.Logger;

/**
 * Turns exceptions into {@code {"error": "..."}} answers: HTTP errors keep their status, a write that lost
 * a race is 409, an unreachable database 503, a client gone mid-body 499 (a warning, not a server error), anything
 * unexpected 500 (logged with its stack trace).
 */
public final class ErrorAnswers implements RouteGroup {

    private final Logger events;

    public ErrorAnswers(Logger events) {
        this.events = events;
    }

    @Override
    public void register(JavalinDefaultRouting router) {
        router.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), e.getMessage()));
        router.exception(
                ConstraintViolationException.class,
                (e, ctx) -> answer(ctx, HttpStatus.CONFLICT.getCode(), "conflicting concurrent change, retry"));
        router.exception(DatabaseException.class, this::databaseFailed);
        router.exception(ClientAbortedException.class, this::clientAborted);
        router.exception(Exception.class, this::unexpected);
    }

    private void databaseFailed(DatabaseException e, Context ctx) {
        events.error("database operation {} failed on {}: {}", e.operation(), Routes.templateOf(ctx), e.getMessage());
        answer(ctx, HttpStatus.SERVICE_UNAVAILABLE.getCode(), "database unavailable");
    }

    private void clientAborted(ClientAbortedException e, Context ctx) {
        events.warn("client aborted {} {}: {}", ctx.method(), Routes.templateOf(ctx), e.getMessage());
        answer(ctx, ClientAbortedException.STATUS, "client closed request");
    }

    private void unexpected(Exception e, Context ctx) {
        events.error("unhandled exception on {} {}", ctx.method(), Routes.templateOf(ctx), e);
        answer(ctx, HttpStatus.INTERNAL_SERVER_ERROR.getCode(), "internal server error");
    }

    private static void answer(Context ctx, int status, String message) {
        ctx.status(status).json(new ApiError(message));
    }
}
