package dev.stressgate.report.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Ollama's {@code POST /api/chat} without streaming: sends {@code model}, {@code messages}, {@code stream:false},
 * {@code format} (the answer's JSON schema, Ollama's structured outputs) and {@code options.temperature}; returns
 * {@code message.content} of the single response object. Every failure is an {@link OllamaFailure} naming its
 * {@link Outcome}.
 */
public final class OllamaClient {

    private static final int MAX_ERROR_BODY = 300;

    private final OllamaSettings settings;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public OllamaClient(OllamaSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    public String chat(List<ChatMessage> messages, JsonNode format) throws OllamaFailure {
        HttpRequest request = HttpRequest.newBuilder(settings.chatEndpoint())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(messages, format), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = send(request);
        JsonNode reply = parse(response);
        if (response.statusCode() / 100 != 2) {
            throw new OllamaFailure(Outcome.HTTP_ERROR, "HTTP " + response.statusCode() + " from " + settings.chatEndpoint()
                    + (reply != null && reply.hasNonNull("error") ? ": " + reply.get("error").asText() : ""));
        }
        if (reply == null) {
            throw new OllamaFailure(Outcome.GARBLED, "response is not JSON: " + abbreviate(response.body()));
        }
        if (reply.hasNonNull("error")) {
            throw new OllamaFailure(Outcome.REFUSED, "model refused: " + abbreviate(reply.get("error").asText()));
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

    private HttpResponse<String> send(HttpRequest request) throws OllamaFailure {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new OllamaFailure(Outcome.TIMEOUT, "no answer from " + settings.chatEndpoint() + " within "
                    + settings.timeout().toSeconds() + " s", e);
        } catch (ConnectException | UnknownHostException e) {
            throw new OllamaFailure(Outcome.UNREACHABLE, "cannot connect to " + settings.chatEndpoint() + ": " + e, e);
        } catch (IOException e) {
            throw new OllamaFailure(Outcome.UNREACHABLE, "I/O error talking to " + settings.chatEndpoint() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OllamaFailure(Outcome.TIMEOUT, "interrupted while waiting for " + settings.chatEndpoint(), e);
        }
    }

    private JsonNode parse(HttpResponse<String> response) {
        try {
            JsonNode node = json.readTree(response.body());
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_ERROR_BODY ? oneLine : oneLine.substring(0, MAX_ERROR_BODY) + "...";
    }
}
