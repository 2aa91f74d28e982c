package dev.stressgate.report.analysis;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A KO message and how often it occurred; {@code request} is null when the source does not attribute it.
 * The simulations name the status in KO messages (for example {@code status 500 (expected 200)}), which is how
 * rate limits (429) are told apart from server errors (5xx) and timeouts.
 */
public record ErrorCount(String message, String request, long count) {

    private static final Pattern STATUS = Pattern.compile("\\b([1-5]\\d\\d)\\b");

    /** The HTTP status named first in the message, or -1. */
    public int status() {
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
