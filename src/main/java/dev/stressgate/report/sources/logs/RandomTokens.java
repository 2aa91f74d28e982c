package dev.stressgate.report.sources.logs;

/**
 * Masks long random tokens in one pass over the text: a maximal run of 32 or more base64/base64url characters
 * ({@code A-Z a-z 0-9 + / _ -}, with up to two {@code =} after it) that mixes upper case, lower case and digits
 * (API keys, session ids, base64 secrets), and a run of 32 or more hex digits between non-word characters
 * (hashes, hex keys). UUIDs (hex groups of at most 12 between hyphens), routes and numbers stay.
 */
final class RandomTokens {

    static final int MIN_LENGTH = 32;

    private RandomTokens() {}

    static String mask(String text, String mask) {
        StringBuilder out = null;
        int copied = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isBase64(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean lower = false;
            boolean upper = false;
            boolean digit = false;
            for (; i < n && isBase64(text.charAt(i)); i++) {
                char c = text.charAt(i);
                lower |= c >= 'a' && c <= 'z';
                upper |= c >= 'A' && c <= 'Z';
                digit |= c >= '0' && c <= '9';
            }
            if (i - start >= MIN_LENGTH && lower && upper && digit) {
                int end = i;
                while (end < n && end - i < 2 && text.charAt(end) == '=') {
                    end++;
                }
                out = out == null ? new StringBuilder(n) : out;
                out.append(text, copied, start).append(mask);
                copied = end;
                i = end;
                continue;
            }
            for (int j = start; j < i; ) {
                if (!isWord(text.charAt(j))) {
                    j++;
                    continue;
                }
                int wordStart = j;
                boolean hex = true;
                for (; j < i && isWord(text.charAt(j)); j++) {
                    hex &= Character.digit(text.charAt(j), 16) >= 0;
                }
                if (hex && j - wordStart >= MIN_LENGTH) {
                    out = out == null ? new StringBuilder(n) : out;
                    out.append(text, copied, wordStart).append(mask);
                    copied = j;
                }
            }
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    private static boolean isBase64(char c) {
        return isWord(c) || c == '+' || c == '/' || c == '-';
    }

    private static boolean isWord(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
