package dev.stressgate.socialapp.http;

import io.javalin.http.Context;

/** The route template a request matched, used as the metric label and log field. */
public final class Routes {

    /** Label for requests that matched no route (keeps label cardinality bounded). */
    public static final String UNMATCHED = "unmatched";

    private Routes() {}

    public static String templateOf(Context ctx) {
        try {
            String path = ctx.endpointHandlerPath();
            return path == null || path.isEmpty() || path.equals("*") ? UNMATCHED : path;
        } catch (RuntimeException e) {
            return UNMATCHED;
        }
    }
}
