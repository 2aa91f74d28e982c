package dev.stressgate.socialapp.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.IOException;

/** Reads a request body into a record; anything but well-formed JSON of the right shape is a 400. */
public final class JsonBody {

    private final ObjectMapper mapper;

    public JsonBody(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T> T read(Context ctx, Class<T> type) {
        byte[] body = ctx.bodyAsBytes();
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
}
