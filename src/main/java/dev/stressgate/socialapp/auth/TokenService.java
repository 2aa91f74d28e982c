package dev.stressgate.socialapp.auth;

import dev.stressgate.socialapp.db.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Opaque bearer tokens: 32 random bytes, base64url. Only their SHA-256 is stored, so a database dump
 * holds no usable token.
 */
public final class TokenService {

    private final Database database;
    private final SecureRandom random = new SecureRandom();

    public TokenService(Database database) {
        this.database = database;
    }

    public String issue(long userId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        database.run(
                "token_insert",
                session -> session.update(
                        "INSERT INTO auth_tokens (token_hash, user_id) VALUES (?, ?)", digest(token), userId));
        return token;
    }

    public Optional<Long> userFor(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return database.run(
                "token_lookup",
                session -> session.one(
                        "SELECT user_id FROM auth_tokens WHERE token_hash = ?", row -> row.getLong(1), digest(token)));
    }

    static String digest(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }
}
