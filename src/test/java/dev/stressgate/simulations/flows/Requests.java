package dev.stressgate.simulations.flows;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.Body;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.Map;
import java.util.function.Function;

/**
 * Request building blocks shared by the flows: JSON bodies written by Jackson, bearer authentication as the
 * session's own user or its partner, and status checks whose KO message names the status received.
 */
public final class Requests {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Requests() {}

    public static Body json(Function<Session, Map<String, Object>> content) {
        return StringBody(session -> write(content.apply(session)));
    }

    public static String write(Map<String, Object> content) {
        try {
            return MAPPER.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise request body", e);
        }
    }

    public static HttpRequestActionBuilder asSelf(HttpRequestActionBuilder request) {
        return request.header("Authorization", "Bearer #{" + SessionKeys.TOKEN + "}");
    }

    public static HttpRequestActionBuilder asPartner(HttpRequestActionBuilder request) {
        return request.header("Authorization", "Bearer #{" + SessionKeys.PARTNER_TOKEN + "}");
    }

    /**
     * Accepts only the given statuses. Any other, including 429, makes the request KO with Gatling's check message,
     * which names the expected and the actual status (e.g. {@code status.find.in(200,201), but actually found 429}).
     */
    public static CheckBuilder.Final expect(Integer... statuses) {
        return status().in(statuses);
    }
}
