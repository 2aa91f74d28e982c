package dev.stressgate.report.sources.logs;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes secrets from a raw log line before anything is parsed or stored: JWTs, bearer tokens, password /
 * token / ticket values (JSON fields, also inside escaped JSON, and {@code key=value} pairs such as a WebSocket
 * URL's {@code ticket=}), e-mail addresses, and long random tokens (32+ hex digits, or 32+ base64/base64url
 * characters mixing upper case, lower case and digits). Request ids (UUIDs), routes and HTML are left as they
 * are: escaping for display is the renderer's job.
 */
public final class Redactor {

    static final String MASK = "[REDACTED]";

    private static final String SECRET_KEYS =
            "password|passwd|pwd|secret|token|access_token|refresh_token|ticket|authorization|api_key|apikey";

    private record Rule(Pattern pattern, String replacement) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"), MASK),
            new Rule(Pattern.compile("(?i)\\b(bearer)(\\s+)[A-Za-z0-9\\-._~+/]+=*"), "$1$2" + MASK),
            new Rule(Pattern.compile("(?i)(\"(?:" + SECRET_KEYS + ")\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*"), "$1" + MASK),
            new Rule(Pattern.compile("(?i)(\\\\\"(?:" + SECRET_KEYS + ")\\\\\"\\s*:\\s*\\\\\")(?:(?!\\\\\")[^\"])*"),
                    "$1" + MASK),
            new Rule(Pattern.compile("(?i)\\b(" + SECRET_KEYS + ")=[^&\\s\"'\\\\,;]+"), "$1=" + MASK),
            new Rule(Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"), "[REDACTED_EMAIL]"),
            new Rule(Pattern.compile("\\b[0-9a-fA-F]{32,}\\b"), MASK),
            new Rule(Pattern.compile("(?<![A-Za-z0-9+/_-])(?=[A-Za-z0-9+/_-]*[a-z])(?=[A-Za-z0-9+/_-]*[A-Z])"
                    + "(?=[A-Za-z0-9+/_-]*[0-9])[A-Za-z0-9+/_-]{32,}={0,2}"), MASK));

    public String redact(String line) {
        String redacted = line;
        for (Rule rule : RULES) {
            redacted = rule.pattern().matcher(redacted).replaceAll(rule.replacement());
        }
        return redacted;
    }
}
