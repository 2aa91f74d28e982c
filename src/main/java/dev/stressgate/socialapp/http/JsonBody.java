package dev.stressgate.socialapp.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body into a record; anything but well-formed JSON of the right shape is a 400. At most
 * {@code maxBytes} are read, whatever the request declares (Content-Length or chunked transfer encoding): a larger
 * body is a 413 once the limit is crossed. A client that goes away mid-body is a {@link ClientAbortedException}.
 */
public final class JsonBody {

    private final ObjectMapper mapper;
    private final long maxBytes;

    public JsonBody(ObjectMapper mapper, long maxBytes) {
        this.mapper = mapper;
        this.maxBytes = maxBytes;
    }

    public <T> T read(Context ctx, Class<T> type) {
        byte[] body = boundedBody(ctx);
        if (body.length == 0) {
            throw new BadRequestResponse("request body must be a JSON object");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw new BadRequestResponse("request body must be a JSON object");
            }
            return value;
        } catch (JacksonException e) {
            throw new BadRequestResponse("invalid JSON body: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadRequestResponse("unreadable request body");
        }
    }

    private byte[] boundedBody(Context ctx) {
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw new ClientAbortedException("the client closed the connection before the request body ended", e);
        }
    }

    private ContentTooLargeResponse tooLarge() {
        return new ContentTooLargeResponse("request body larger than " + maxBytes + " bytes");
    }
}
