package dev.stressgate.report.analysis;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A KO message and how often it occurred; {@code request} is null when the source does not attribute it.
 * KO messages name the status the server answered, which is how rate limits (429) are told apart from server errors
 * (5xx) and timeouts. Gatling's own status check says {@code status.find.in(200), found 500}: the expected
 * statuses come first, the actual one after {@code found}; other messages name it alone or first (for example
 * {@code status 500 (expected 200)}).
 */
public record ErrorCount(String message, String request, long count) {

    /** Three digits that stand alone: not part of a longer number or a dotted address such as 127.0.0.1. */
    private static final Pattern STATUS = Pattern.compile("(?<![.\\d])([1-5]\\d\\d)(?![.\\d])");

    private static final Pattern FOUND_STATUS = Pattern.compile("\\bfound ([1-5]\\d\\d)\\b");

    /** The HTTP status the server answered: the one after {@code found}, else the first named, else -1. */
    public int status() {
        Matcher found = FOUND_STATUS.matcher(message);
        if (found.find()) {
            return Integer.parseInt(found.group(1));
        }
        Matcher m = STATUS.matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    public boolean isRateLimit() {
        return status() == 429;
    }

    public boolean isServerError() {
        int status = status();
        return status >= 500 && status <= 599;
    }

    public boolean isTimeout() {
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("timeout") || lower.contains("timed out");
    }
}
