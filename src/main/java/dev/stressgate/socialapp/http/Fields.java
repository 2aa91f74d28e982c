package dev.stressgate.socialapp.http;

import io.javalin.http.BadRequestResponse;
import java.util.Set;

/** Checks on request fields; each failure is a 400 naming the field and what it must be. */
public final class Fields {

    private Fields() {}

    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new BadRequestResponse(field + " is required");
        }
        if (value.length() > maxLength) {
            throw new BadRequestResponse(field + " must be at most " + maxLength + " characters");
        }
        return value;
    }

    public static String oneOf(String field, String value, String fallback, Set<String> allowed) {
        if (value == null) {
            return fallback;
        }
        if (!allowed.contains(value)) {
            throw new BadRequestResponse(field + " must be one of " + allowed);
        }
        return value;
    }

    public static long positiveId(String field, Long value) {
        if (value == null || value < 1) {
            throw new BadRequestResponse(field + " must be a positive integer id");
        }
        return value;
    }
}
