package dev.stressgate.report.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stressgate.run.http.HttpAnswer;
import dev.stressgate.run.http.OutboundFailure;
import dev.stressgate.run.http.OutboundHttp;
import dev.stressgate.run.http.OutboundHttpSettings;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Ollama's {@code POST /api/chat} without streaming: sends {@code model}, {@code messages}, {@code stream:false},
 * {@code format} (the answer's JSON schema, Ollama's structured outputs) and {@code options.temperature}; returns
 * {@code message.content} of the single response object. Every failure is an {@link OllamaFailure} naming its
 * {@link Outcome}. Calls go through {@link OutboundHttp}: HTTP/1.1, the settings' timeout as a total deadline (a
 * stalled body ends as {@link Outcome#TIMEOUT}) and the query size cap (a larger body is {@link Outcome#GARBLED}).
 */
public final class OllamaClient {

    private static final int MAX_ERROR_BODY = 300;

    private final OllamaSettings settings;
    private final OutboundHttp http;
    private final ObjectMapper json = new ObjectMapper();

    public OllamaClient(OllamaSettings settings) {
        this(settings, OutboundHttp.forQueries(OutboundHttpSettings.fromProcess(), settings.timeout()));
    }

    public OllamaClient(OllamaSettings settings, OutboundHttp http) {
        this.settings = settings;
        this.http = http;
    }

    public String chat(List<ChatMessage> messages, JsonNode format) throws OllamaFailure {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.chatEndpoint())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(messages, format), StandardCharsets.UTF_8));
        HttpAnswer response = send(request);
        JsonNode reply = parse(response);
        if (!response.successful()) {
            throw new OllamaFailure(
                    Outcome.HTTP_ERROR,
                    "HTTP " + response.status() + " from " + endpoint()
                            + (reply != null && reply.hasNonNull("error")
                                    ? ": " + abbreviate(reply.get("error").asText())
                                    : ""));
        }
        if (reply == null) {
            throw new OllamaFailure(Outcome.GARBLED, "response is not JSON: " + abbreviate(response.body()));
        }
        if (reply.hasNonNull("error")) {
            throw new OllamaFailure(
                    Outcome.REFUSED,
                    "model refused: " + abbreviate(reply.get("error").asText()));
        }
        JsonNode content = reply.path("message").path("content");
        if (!content.isTextual()) {
            throw new OllamaFailure(Outcome.GARBLED, "response has no message.content: " + abbreviate(response.body()));
        }
        return content.asText();
    }

    private String body(List<ChatMessage> messages, JsonNode format) {
        ObjectNode body = json.createObjectNode();
        body.put("model", settings.model());
        ArrayNode list = body.putArray("messages");
        for (ChatMessage m : messages) {
            list.addObject().put("role", m.role()).put("content", m.content());
        }
        body.put("stream", false);
        body.set("format", format);
        body.putObject("options").put("temperature", settings.temperature());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize the chat request", e);
        }
    }

    private HttpAnswer send(HttpRequest.Builder request) throws OllamaFailure {
        try {
            return http.send(request);
        } catch (OutboundFailure e) {
            Outcome outcome = switch (e.kind()) {
                case DEADLINE, INTERRUPTED -> Outcome.TIMEOUT;
                case TOO_LARGE -> Outcome.GARBLED;
                case HTTP_STATUS -> Outcome.HTTP_ERROR;
                case CONNECTION_REFUSED, UNREACHABLE -> Outcome.UNREACHABLE;
            };
            throw new OllamaFailure(outcome, e.getMessage(), e);
        }
    }

    private String endpoint() {
        return OutboundFailure.displayed(settings.chatEndpoint());
    }

    private JsonNode parse(HttpAnswer response) {
        try {
            JsonNode node = json.readTree(response.body());
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String abbreviate(String text) {
        String prefix = text.length() <= 4 * MAX_ERROR_BODY ? text : text.substring(0, 4 * MAX_ERROR_BODY);
        String oneLine = prefix.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_ERROR_BODY ? oneLine : oneLine.substring(0, MAX_ERROR_BODY) + "...";
    }
}
