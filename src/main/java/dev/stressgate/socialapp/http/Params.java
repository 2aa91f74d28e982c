package dev.stressgate.socialapp.http;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

/** Path ids and {@code limit} query parameters, validated the same way everywhere. */
public final class Params {

    private Params() {}

    public static long id(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new BadRequestResponse(name + " must be a positive integer id");
    }

    /** {@code ?limit=} defaulting to {@code fallback}, capped at {@code max}; not a positive integer is a 400. */
    public static int limit(Context ctx, int fallback, int max) {
        String raw = ctx.queryParam("limit");
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit > 0) {
                return Math.min(limit, max);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new BadRequestResponse("limit must be a positive integer (at most " + max + ")");
    }
}
