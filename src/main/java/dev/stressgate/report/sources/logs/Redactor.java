package dev.stressgate.report.sources.logs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Removes secrets from any text a server sent (a log line, an error body, model output) before it is parsed or
 * stored. By structure first: a line that is a JSON object or array is parsed, the value of every field whose
 * name looks secret ({@link SecretKeys}; names URL-decoded, JSON escapes resolved) is masked whatever its type,
 * and every other string (and every key) goes through the {@link SecretText} rules; the result is written back as
 * compact JSON. Any other text goes through the {@link SecretText} rules as it is. Work is linear in the length,
 * and a text longer than {@value #MAX_CHARS} characters is cut there first (and says so).
 */
public final class Redactor {

    static final String MASK = SecretText.MASK;
    /** Longest text redacted as a whole; beyond it the text is cut. */
    public static final int MAX_CHARS = 1 << 20;
    /** How far back from the cut a token that straddles it is dropped, so no partial secret survives. */
    private static final int CUT_BACKOFF = 4096;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String bounded = text.length() > MAX_CHARS ? cut(text) : text;
        String trimmed = bounded.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                JsonNode tree = MAPPER.readTree(trimmed);
                if (tree != null && tree.isContainerNode()) {
                    return MAPPER.writeValueAsString(redacted(tree));
                }
            } catch (JsonProcessingException notJson) {
                // not a JSON document: the text rules below still apply
            }
        }
        return SecretText.redact(bounded);
    }

    private static String cut(String text) {
        int end = MAX_CHARS;
        int floor = MAX_CHARS - CUT_BACKOFF;
        while (end > floor && Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + " [cut: " + (text.length() - end) + " more characters]";
    }

    private static JsonNode redacted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            node.fields().forEachRemaining(fields::add);
            for (Map.Entry<String, JsonNode> field : fields) {
                String name = field.getKey();
                JsonNode value = SecretKeys.isSecret(SecretKeys.percentDecoded(name))
                        ? TextNode.valueOf(MASK)
                        : redacted(field.getValue());
                copy.set(SecretText.redact(name), value);
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
            node.forEach(element -> copy.add(redacted(element)));
            return copy;
        }
        if (node.isTextual()) {
            return TextNode.valueOf(SecretText.redact(node.textValue()));
        }
        return node;
    }
}
