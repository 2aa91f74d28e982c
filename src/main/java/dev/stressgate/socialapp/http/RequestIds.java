package dev.stressgate.socialapp.http;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;

/** Takes the client's {@code X-Request-Id} when it is sane, generates one otherwise, and echoes it. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    private RequestIds() {}

    public static void assign(Context ctx) {
        String sent = ctx.header(HEADER);
        String id = sent != null && SANE.matcher(sent).matches()
                ? sent
                : UUID.randomUUID().toString();
        RequestAttributes.requestId(ctx, id);
        ctx.header(HEADER, id);
    }
}
