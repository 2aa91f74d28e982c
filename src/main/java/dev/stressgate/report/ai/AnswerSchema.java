package dev.stressgate.report.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The JSON schema of the model's answer ({@code ai/answer-schema.json}, sent as Ollama's {@code format}) and the
 * conformance check of an answer against it. Conformance is checked by strict binding to {@link ModelAnswer}: every
 * field required, no unknown field, no null in a list, no scalar coercion (a number is not a string and the
 * reverse), {@code status} one of the enum, {@code confidence} within [0, 1].
 */
public final class AnswerSchema {

    private static final String RESOURCE = "/ai/answer-schema.json";

    private final JsonNode schema;
    private final ObjectMapper strict = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    public AnswerSchema() {
        try (InputStream in = AnswerSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            schema = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public JsonNode schema() {
        return schema.deepCopy();
    }

    /** Parses and checks the model's message content; the exception message says what does not conform. */
    public ModelAnswer parse(String content) throws SchemaViolation {
        ModelAnswer answer;
        try {
            answer = strict.readValue(content, ModelAnswer.class);
        } catch (MismatchedInputException e) {
            throw new SchemaViolation(
                    "answer does not conform to the schema at " + path(e) + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new SchemaViolation("answer is not JSON: " + e.getOriginalMessage());
        }
        if (answer == null) {
            throw new SchemaViolation("answer is JSON null, not the object the schema requires");
        }
        if (answer.findings().stream().anyMatch(f -> f == null || f.evidence().contains(null))
                || answer.bottlenecks().contains(null)
                || answer.likelyCauses().contains(null)
                || answer.nextActions().contains(null)) {
            throw new SchemaViolation("answer contains null where the schema requires a string or an object");
        }
        if (answer.confidence() < 0 || answer.confidence() > 1) {
            throw new SchemaViolation("confidence " + answer.confidence() + " is outside [0, 1]");
        }
        return answer;
    }

    private static String path(MismatchedInputException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce("$", (a, b) -> b.startsWith("[") ? a + b : a + "." + b);
        return path;
    }

    /** The answer does not conform to the schema. */
    public static final class SchemaViolation extends Exception {

        private static final long serialVersionUID = 1L;

        public SchemaViolation(String message) {
            super(message);
        }
    }
}
