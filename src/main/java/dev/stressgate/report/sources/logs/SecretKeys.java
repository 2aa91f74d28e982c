package dev.stressgate.report.sources.logs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a field name looks like it holds a secret: it contains, in any case and with any prefix or
 * suffix, one of password, passwd, pwd, secret, token, api key, authorization, ticket, cookie, session,
 * credential or private key. Separators ({@code -}, {@code _}, {@code .}, spaces) are ignored, so
 * {@code user_password}, {@code client_secret}, {@code x-api-key} and {@code Api Key} all match.
 */
final class SecretKeys {

    private static final List<String> SECRET_WORDS = List.of(
            "password",
            "passwd",
            "pwd",
            "secret",
            "token",
            "apikey",
            "authorization",
            "ticket",
            "cookie",
            "session",
            "credential",
            "privatekey");

    private SecretKeys() {}

    static boolean isSecret(String name) {
        StringBuilder normalized = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '-' && c != '_' && c != '.' && !Character.isWhitespace(c)) {
                normalized.append(c);
            }
        }
        String key = normalized.toString().toLowerCase(Locale.ROOT);
        for (String word : SECRET_WORDS) {
            if (key.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The name as a server may have encoded it: {@code %XX} sequences decoded as UTF-8, others left as they are. */
    static String percentDecoded(String name) {
        if (name.indexOf('%') < 0) {
            return name;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int high = i + 2 < name.length() ? Character.digit(name.charAt(i + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(name.charAt(i + 2), 16) : -1;
            if (c == '%' && low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
