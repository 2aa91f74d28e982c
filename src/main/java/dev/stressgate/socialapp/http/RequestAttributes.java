package dev.stressgate.socialapp.http;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;

/** Typed access to what the filters attach to a request: its id and the authenticated user. */
public final class RequestAttributes {

    private static final String REQUEST_ID = "stressgate.request_id";
    private static final String USER_ID = "stressgate.user_id";

    private RequestAttributes() {}

    public static void requestId(Context ctx, String id) {
        ctx.attribute(REQUEST_ID, id);
    }

    public static String requestId(Context ctx) {
        return ctx.attribute(REQUEST_ID);
    }

    public static void userId(Context ctx, long id) {
        ctx.attribute(USER_ID, id);
    }

    /** The authenticated user, or null for an anonymous request. */
    public static Long userIdOrNull(Context ctx) {
        return ctx.attribute(USER_ID);
    }

    /** The authenticated user; only called by handlers of {@link Access#USER} routes. */
    public static long userId(Context ctx) {
        Long id = userIdOrNull(ctx);
        if (id == null) {
            throw new UnauthorizedResponse("authentication required");
        }
        return id;
    }
}
