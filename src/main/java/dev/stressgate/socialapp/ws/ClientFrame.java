package dev.stressgate.socialapp.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** A parsed client frame: its {@code type} and the JSON object it came in, with typed field access. */
public record ClientFrame(String type, JsonNode json) {

    public static ClientFrame parse(ObjectMapper mapper, String text) throws InvalidFrameException {
        JsonNode json;
        try {
            json = mapper.readTree(text);
        } catch (IOException e) {
            throw new InvalidFrameException("frame is not valid JSON");
        }
        if (json == null || !json.isObject() || !json.path("type").isTextual()) {
            throw new InvalidFrameException("frame must be a JSON object with a string type");
        }
        return new ClientFrame(json.get("type").asText(), json);
    }

    public long requiredId(String field) throws InvalidFrameException {
        JsonNode value = json.path(field);
        if (!value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 1) {
            throw new InvalidFrameException(field + " must be a positive integer");
        }
        return value.asLong();
    }

    /** A text field of this frame or of its {@code payload}; required, at most {@code max} characters. */
    public String requiredText(JsonNode node, String field, int max) throws InvalidFrameException {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new InvalidFrameException(field + " is required");
        }
        if (value.asText().length() > max) {
            throw new InvalidFrameException(field + " must be at most " + max + " characters");
        }
        return value.asText();
    }

    public String optionalText(String field, int max) throws InvalidFrameException {
        JsonNode value = json.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().length() > max) {
            throw new InvalidFrameException(field + " must be a string of at most " + max + " characters");
        }
        return value.asText();
    }

    /** The frame was malformed; answered with an error frame, the connection stays open. */
    public static final class InvalidFrameException extends Exception {
        public InvalidFrameException(String message) {
            super(message);
        }
    }
}
