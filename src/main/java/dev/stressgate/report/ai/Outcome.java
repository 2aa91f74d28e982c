package dev.stressgate.report.ai;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What happened when the model was asked. */
public enum Outcome {
    /** The answer was used (possibly with parts dropped). */
    OK,
    /** Not asked on purpose ({@code --no-ai}). */
    DISABLED,
    /** Connection refused or host unknown. */
    UNREACHABLE,
    /** Unreachable at the default address, which nobody configured: the model is optional, this is no fault. */
    NOT_CONFIGURED,
    /** No answer within the timeout. */
    TIMEOUT,
    /** Non-2xx HTTP status, e.g. 404 for an unknown model. */
    HTTP_ERROR,
    /** 2xx with an {@code {"error": ...}} body. */
    REFUSED,
    /** The HTTP body was not an Ollama chat response. */
    GARBLED,
    /** The message content did not conform to the answer schema. */
    INVALID_ANSWER;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
