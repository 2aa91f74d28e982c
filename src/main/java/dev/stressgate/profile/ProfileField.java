package dev.stressgate.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * A position in a profile's JSON tree (file + dotted field path) that reads typed values and fails with
 * {@code <file>: <path>: expected <what>, got <actual>}.
 */
final class ProfileField {
    private final String file;
    private final String path;
    private final JsonNode node;

    private ProfileField(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    static ProfileField root(String file, JsonNode node) {
        return new ProfileField(file, "", node);
    }

    String path() {
        return path.isEmpty() ? "(root)" : path;
    }

    boolean isPresent() {
        return node != null && !node.isMissingNode() && !node.isNull();
    }

    boolean has(String name) {
        return child(name).isPresent();
    }

    ProfileField child(String name) {
        JsonNode value = node == null ? null : node.get(name);
        return new ProfileField(file, path.isEmpty() ? name : path + "." + name, value);
    }

    ProfileException error(String expectation) {
        return new ProfileException(file + ": " + path() + ": expected " + expectation + ", got " + actual());
    }

    ProfileException invalid(String problem) {
        return new ProfileException(file + ": " + path() + ": " + problem);
    }

    private String actual() {
        if (!isPresent()) {
            return node != null && node.isNull() ? "null" : "nothing (field missing)";
        }
        String text = node.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    ProfileField requireObject(String expectation) {
        if (!isPresent() || !node.isObject()) {
            throw error(expectation);
        }
        return this;
    }

    /** Fails on the first field not in {@code allowed}, to catch typos such as {@code user} for {@code users}. */
    ProfileField rejectUnknownFields(Collection<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw child(name).invalid("unknown field; expected one of " + String.join(", ", allowed));
            }
        }
        return this;
    }

    boolean isArray() {
        return isPresent() && node.isArray();
    }

    List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    List<ProfileField> elements(String expectation) {
        if (!isPresent() || !node.isArray()) {
            throw error(expectation);
        }
        List<ProfileField> elements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            elements.add(new ProfileField(file, path + "[" + i + "]", node.get(i)));
        }
        return elements;
    }

    String text(String expectation) {
        if (!isPresent() || !node.isTextual() || node.asText().isBlank()) {
            throw error(expectation);
        }
        return node.asText();
    }

    String textOr(String fallback) {
        return isPresent() ? text("a non-empty string") : fallback;
    }

    <T> T oneOf(Collection<String> ids, Function<String, T> lookup) {
        String expectation = "one of " + String.join(", ", ids);
        String value = text(expectation);
        if (!ids.contains(value)) {
            throw error(expectation);
        }
        return lookup.apply(value);
    }

    boolean bool() {
        if (!isPresent() || !node.isBoolean()) {
            throw error("true or false");
        }
        return node.asBoolean();
    }

    int integerAtLeast(int min) {
        String expectation = "an integer >= " + min;
        if (!isPresent() || !node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min) {
            throw error(expectation);
        }
        return node.asInt();
    }

    int integerAtLeastOr(int min, int fallback) {
        return isPresent() ? integerAtLeast(min) : fallback;
    }

    double numberAtLeast(double min) {
        String expectation = "a number >= " + formatted(min);
        if (!isPresent() || !node.isNumber() || node.asDouble() < min) {
            throw error(expectation);
        }
        return node.asDouble();
    }

    double numberBetween(double min, double max) {
        String expectation = "a number between " + formatted(min) + " and " + formatted(max);
        if (!isPresent() || !node.isNumber() || node.asDouble() < min || node.asDouble() > max) {
            throw error(expectation);
        }
        return node.asDouble();
    }

    static String formatted(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
