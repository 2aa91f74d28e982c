package dev.stressgate.report.sources.logs;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text rules of the {@link Redactor}, for a line that is not JSON and for every string inside one that is.
 * Each rule is one left-to-right pass whose matches can only start where a token starts, so the cost is linear in
 * the text's length, and a rule runs only when a cheap test says it may match:
 * <ol>
 * <li>{@code \}{@code uXXXX} escapes of letters, digits, {@code @ . _ -} are decoded first (so an escaped
 * {@code \}{@code u0070assword} or {@code carol\}{@code u0040example.net} is seen for what it is);</li>
 * <li>{@code key=value}, {@code key: value}, {@code "key":"value"} (also inside escaped JSON, and URL-encoded as
 * {@code key%3Dvalue}) whose key looks secret ({@link SecretKeys}): the value is masked, an authorization
 * scheme ({@code Basic}, {@code Bearer}, ...) is kept;</li>
 * <li>JWTs, {@code Bearer <token>}, e-mail addresses (any script, {@code user@host} without a dot, {@code %40});</li>
 * <li>long random tokens ({@link RandomTokens}).</li>
 * </ol>
 * A token may follow an escaped {@code \n}, {@code \t} or {@code \r}. Request ids (UUIDs), routes and HTML stay.
 */
final class SecretText {

    static final String MASK = "[REDACTED]";
    static final String EMAIL_MASK = "[REDACTED_EMAIL]";

    /** Where a token may start: after a character that cannot be part of it, or after an escaped \n, \t, \r. */
    private static final String START = "(?:(?<=\\\\[nrt])|(?<![A-Za-z0-9_-]))";

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("(?<!\\\\)\\\\++u([0-9a-fA-F]{4})");
    private static final Pattern KEY_AND_SEPARATOR = Pattern.compile(
            "(?<![A-Za-z0-9_.-])([A-Za-z0-9_.-]{1,128}+)(?:\\\\*+[\"'])?+[ \\t]*+(=|:|%3[dDaA])[ \\t]*+");
    private static final Pattern AUTH_SCHEME =
            Pattern.compile("(?i)(?:basic|bearer|digest|negotiate|ntlm|token|apikey)[ \\t]++");
    /** Any other scheme word before a credential ({@code Authorization: Custom <credential>}). */
    private static final Pattern OTHER_SCHEME =
            Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,31}+[ \\t]++(?=[^ \\t\"'\\\\])");

    /** A rule that can only match where {@code mayMatch} holds, a cheap test that spares most texts the pass. */
    private record Rule(Predicate<String> mayMatch, Pattern pattern, String replacement) {

        String apply(String text) {
            return mayMatch.test(text) ? pattern.matcher(text).replaceAll(replacement) : text;
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule(
                    text -> text.contains("eyJ"),
                    Pattern.compile(START + "eyJ[A-Za-z0-9_-]++\\.[A-Za-z0-9_-]++\\.[A-Za-z0-9_-]*+"),
                    MASK),
            new Rule(
                    text -> containsIgnoreCase(text, "bearer"),
                    Pattern.compile("(?i)(?:(?<=\\\\[nrt])|(?<![A-Za-z0-9]))(bearer)((?:\\s|\\\\[nrt])++)"
                            + "(?!\\[REDACTED])[A-Za-z0-9\\-._~+/]++=*+"),
                    "$1$2" + MASK),
            new Rule(
                    text -> text.indexOf('@') >= 0 || text.contains("%40"),
                    Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}._+-])[\\p{L}\\p{M}\\p{N}._+-]++(?:@|%40)"
                            + "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}-]*+(?:\\.[\\p{L}\\p{M}\\p{N}-]++)*+"),
                    EMAIL_MASK));

    private SecretText() {}

    static String redact(String text) {
        String decoded = decodeUnicodeEscapes(text);
        boolean mayHaveKeyValue = decoded.indexOf('=') >= 0 || decoded.indexOf(':') >= 0 || decoded.contains("%3");
        String redacted = mayHaveKeyValue ? maskSecretValues(decoded) : decoded;
        for (Rule rule : RULES) {
            redacted = rule.apply(redacted);
        }
        return RandomTokens.mask(redacted, MASK);
    }

    private static boolean containsIgnoreCase(String text, String lowerCaseWord) {
        char first = lowerCaseWord.charAt(0);
        for (int i = 0; i + lowerCaseWord.length() <= text.length(); i++) {
            if ((text.charAt(i) | 0x20) == first
                    && text.regionMatches(true, i, lowerCaseWord, 0, lowerCaseWord.length())) {
                return true;
            }
        }
        return false;
    }

    private static String decodeUnicodeEscapes(String text) {
        if (text.indexOf("\\u") < 0) {
            return text;
        }
        return UNICODE_ESCAPE.matcher(text).replaceAll(escape -> {
            char c = (char) Integer.parseInt(escape.group(1), 16);
            boolean plain = Character.isLetterOrDigit(c) || c == '@' || c == '.' || c == '_' || c == '-';
            return Matcher.quoteReplacement(plain ? String.valueOf(c) : escape.group());
        });
    }

    /** Masks the value after every secret-looking key; scanning goes on after the masked value. */
    private static String maskSecretValues(String text) {
        Matcher key = KEY_AND_SEPARATOR.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        while (from < text.length() && key.find(from)) {
            from = key.end();
            if (!SecretKeys.isSecret(key.group(1))) {
                from = key.start(2) + 1;
                continue;
            }
            int valueStart = key.end();
            Matcher scheme = AUTH_SCHEME.matcher(text).region(valueStart, text.length());
            Matcher otherScheme = OTHER_SCHEME.matcher(text).region(valueStart, text.length());
            int[] value;
            if (scheme.lookingAt()) {
                value = valueExtent(text, scheme.end());
            } else if (key.group(1).toLowerCase(java.util.Locale.ROOT).contains("auth") && otherScheme.lookingAt()) {
                // An authorization value is "<scheme> <credential>": mask both when the scheme is not a known one.
                value = new int[] {valueStart, valueExtent(text, otherScheme.end())[1]};
            } else {
                value = valueExtent(text, valueStart);
            }
            if (value[1] > value[0] && !text.startsWith(MASK, value[0])) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, value[0]).append(MASK);
                copied = value[1];
            }
            from = Math.max(value[1], from);
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /**
     * The [start, end) of the value at {@code at}: inside its quotes when quoted ({@code "..."}, {@code '...'}, or
     * {@code \"...\"} inside escaped JSON; an unclosed quote runs to the end of the text), else up to the first
     * whitespace, quote, backslash or one of {@code & , ; } ] ) < >} (or an encoded {@code %26}).
     */
    private static int[] valueExtent(String text, int at) {
        int backslashes = 0;
        while (at + backslashes < text.length() && text.charAt(at + backslashes) == '\\') {
            backslashes++;
        }
        int quoteAt = at + backslashes;
        if (quoteAt < text.length() && (text.charAt(quoteAt) == '"' || text.charAt(quoteAt) == '\'')) {
            char quote = text.charAt(quoteAt);
            int start = quoteAt + 1;
            for (int i = start; i < text.length(); i++) {
                int escapes = text.charAt(i) == quote ? precedingBackslashes(text, i, start) : -1;
                if (escapes >= 0 && (backslashes == 0 ? escapes % 2 == 0 : escapes == backslashes)) {
                    return new int[] {start, i - backslashes};
                }
            }
            return new int[] {start, text.length()};
        }
        if (backslashes > 0) {
            return new int[] {at, at};
        }
        int end = at;
        while (end < text.length() && !endsUnquotedValue(text, end)) {
            end++;
        }
        return new int[] {at, end};
    }

    private static int precedingBackslashes(String text, int index, int floor) {
        int count = 0;
        while (index - count - 1 >= floor && text.charAt(index - count - 1) == '\\') {
            count++;
        }
        return count;
    }

    private static boolean endsUnquotedValue(String text, int i) {
        char c = text.charAt(i);
        return Character.isWhitespace(c)
                || "\"'\\&,;}])<>".indexOf(c) >= 0
                || (c == '%' && text.startsWith("26", i + 1));
    }
}
