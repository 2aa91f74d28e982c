package dev.stressgate.report.sources.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

    private final Redactor redactor = new Redactor();

    @Test
    void removesBearerTokensAndJwts() {
        String line = "{\"message\":\"auth failed\",\"header\":\"Authorization: Bearer s3cr3tT0ken.abc-def\"}";
        String jwt = "token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk";

        assertThat(redactor.redact(line))
                .isEqualTo("{\"message\":\"auth failed\",\"header\":\"Authorization: Bearer [REDACTED]\"}");
        assertThat(redactor.redact(jwt)).doesNotContain("eyJ", "dBjft").contains("[REDACTED]");
    }

    @Test
    void removesTicketsPasswordsAndEmailsInAnyEncoding() {
        String line =
                "{\"message\":\"ws connect /ws/chat?room=1&ticket=tk_9f8e7d&x=1 body {\\\"email\\\":\\\"ann@example.org\\\","
                        + "\\\"password\\\":\\\"hunter2\\\"}\",\"password\":\"pa\\\"ss\",\"user\":\"bob.smith+tag@mail.example.com\"}";

        String redacted = redactor.redact(line);

        assertThat(redacted).doesNotContain("tk_9f8e7d", "hunter2", "pa\\\"ss", "ann@example.org", "bob.smith");
        assertThat(redacted)
                .contains(
                        "ticket=[REDACTED]&x=1",
                        "\\\"password\\\":\\\"[REDACTED]\\\"",
                        "\"password\":\"[REDACTED]\"",
                        "[REDACTED_EMAIL]");
    }

    @Test
    void removesLongRandomTokensButKeepsRequestIdsRoutesAndNumbers() {
        String line =
                "{\"request_id\":\"3f2c1a9e-8b7d-4c6e-9f01-23456789abcd\",\"route\":\"/api/conversations/{id}/messages\","
                        + "\"path\":\"/api/conversations/1234567/messages/recent\",\"api\":\"sk_live_4eC39HqLyjWDarjtT1zdp7dc\","
                        + "\"hex\":\"0123456789abcdef0123456789abcdef01\",\"b64\":\"QWxhZGRpbjpvcGVuIHNlc2FtZQ9Zx+/AbC==\",\"duration_ms\":1234567}";

        String redacted = redactor.redact(line);

        assertThat(redacted)
                .contains(
                        "3f2c1a9e-8b7d-4c6e-9f01-23456789abcd",
                        "/api/conversations/{id}/messages",
                        "/api/conversations/1234567/messages/recent",
                        "\"duration_ms\":1234567");
        assertThat(redacted)
                .doesNotContain(
                        "4eC39HqLyjWDarjtT1zdp7dc",
                        "0123456789abcdef0123456789abcdef01",
                        "QWxhZGRpbjpvcGVuIHNlc2FtZQ9Zx");
    }

    @Test
    void keepsHtmlAndScriptAsTextForTheRendererToEscape() {
        String line = "{\"message\":\"<script>alert('x')</script><img src=x onerror=alert(1)>\"}";

        assertThat(redactor.redact(line)).isEqualTo(line);
    }

    // The leaks of issue 11, one test each.

    @Test
    void passwordAfterAnEscapedNewline() {
        String text = "java.lang.IllegalStateException: bad config\\npassword=hunter2\\n\\tat Foo.bar(Foo.java:1)";
        String json = "{\"level\":\"ERROR\",\"message\":\"bad config\\npassword=hunter2\"}";

        assertThat(redactor.redact(text)).doesNotContain("hunter2").contains("password=[REDACTED]\\n\\tat Foo");
        assertThat(redactor.redact(json)).doesNotContain("hunter2").contains("password=[REDACTED]", "bad config");
    }

    @Test
    void bearerAfterAnEscapedTab() {
        String text = "upstream headers: Accept: */*\\tBearer abc123XYZtoken\\tHost: api";
        String json = "{\"message\":\"headers\\tBearer abc123XYZtoken\"}";

        assertThat(redactor.redact(text)).doesNotContain("abc123XYZtoken").contains("\\tBearer [REDACTED]\\tHost: api");
        assertThat(redactor.redact(json)).doesNotContain("abc123XYZtoken").contains("Bearer [REDACTED]");
    }

    @Test
    void fieldsWhoseNamesContainASecretWordWhateverTheirPrefixSuffixOrCase() {
        String line = "{\"user_password\":\"p4ss-one\",\"client_secret\":\"s3cret-two\",\"api-key\":\"k3y-three\","
                + "\"X-Api-Key\":\"k3y-four\",\"Set-Cookie\":\"sid=c00kie-five\",\"sessionId\":\"s3ss-six\","
                + "\"pass%77ord\":\"enc0ded-seven\",\"Api Key\":\"sp4ce-eight\",\"headers\":{\"authorization\":\"Basic x9\"},"
                + "\"route\":\"/api/login\",\"status\":401,\"message\":\"login failed\"}";

        String redacted = redactor.redact(line);

        assertThat(redacted)
                .doesNotContain(
                        "p4ss-one",
                        "s3cret-two",
                        "k3y-three",
                        "k3y-four",
                        "c00kie-five",
                        "s3ss-six",
                        "enc0ded-seven",
                        "sp4ce-eight",
                        "x9");
        assertThat(redacted)
                .contains(
                        "\"user_password\":\"[REDACTED]\"",
                        "\"client_secret\":\"[REDACTED]\"",
                        "\"route\":\"/api/login\"",
                        "\"status\":401",
                        "\"message\":\"login failed\"");
    }

    @Test
    void yamlStyleSecrets() {
        assertThat(redactor.redact("loaded config:\n  db:\n    password: hunter2\n    user: app"))
                .isEqualTo("loaded config:\n  db:\n    password: [REDACTED]\n    user: app");
        assertThat(redactor.redact("config {password: hunter2, port: 5432}"))
                .isEqualTo("config {password: [REDACTED], port: 5432}");
    }

    @Test
    void secretFieldsOfAnyValueType() {
        String line = "{\"password\":123456,\"secret\":{\"a\":\"b\"},\"tokens\":[\"t1\",\"t2\"],\"pwd\":true,"
                + "\"ticket\":null,\"status\":200}";

        assertThat(redactor.redact(line))
                .isEqualTo("{\"password\":\"[REDACTED]\",\"secret\":\"[REDACTED]\","
                        + "\"tokens\":\"[REDACTED]\",\"pwd\":\"[REDACTED]\",\"ticket\":\"[REDACTED]\",\"status\":200}");
    }

    @Test
    void unicodeEscapedKeysAndEmails() {
        String json = "{\"\\u0070assword\":\"hunter2\",\"user\":\"carol\\u0040example.net\"}";
        String text = "login \\u0070assword=hunter2 for carol\\u0040example.net";
        String doubleEscaped = "{\"message\":\"body {\\\\\\\"\\\\u0070assword\\\\\\\":\\\\\\\"hunter2\\\\\\\"}\"}";

        assertThat(redactor.redact(json)).isEqualTo("{\"password\":\"[REDACTED]\",\"user\":\"[REDACTED_EMAIL]\"}");
        assertThat(redactor.redact(text)).isEqualTo("login password=[REDACTED] for [REDACTED_EMAIL]");
        assertThat(redactor.redact(doubleEscaped)).doesNotContain("hunter2");
    }

    @Test
    void urlEncodedTicketsAndTokens() {
        String json = "{\"url\":\"/ws/chat?room%3D1%26ticket%3Dtk_9f8e7d%26x%3D1\",\"q\":\"token%3Dabc123def\"}";
        String text = "GET /callback?state=ok&token%3dzz99yy%26next=/home";

        assertThat(redactor.redact(json))
                .doesNotContain("tk_9f8e7d", "abc123def")
                .contains("room%3D1%26ticket%3D[REDACTED]%26x%3D1", "token%3D[REDACTED]");
        assertThat(redactor.redact(text)).isEqualTo("GET /callback?state=ok&token%3d[REDACTED]%26next=/home");
    }

    @Test
    void authorizationHeadersKeepTheirSchemeOnly() {
        assertThat(redactor.redact("rejected Authorization: Basic dXNlcjpwYXNzd29yZA== from 10.0.0.1"))
                .isEqualTo("rejected Authorization: Basic [REDACTED] from 10.0.0.1");
        assertThat(redactor.redact("{\"headers\":{\"authorization\":\"Basic dXNlcjpwYXNz\",\"accept\":\"*/*\"}}"))
                .isEqualTo("{\"headers\":{\"authorization\":\"[REDACTED]\",\"accept\":\"*/*\"}}");
    }

    @Test
    void anAuthorizationValueWithAnUnknownSchemeIsMaskedWholeSchemeAndCredential() {
        assertThat(redactor.redact("rejected Authorization: Custom sk_live_51Habc9 from 10.0.0.1"))
                .isEqualTo("rejected Authorization: [REDACTED] from 10.0.0.1");
        assertThat(redactor.redact("proxy-authorization=Bexrer hunter2-FUZZ-3 status=401"))
                .doesNotContain("hunter2-FUZZ-3")
                .contains("status=401");
        assertThat(redactor.redact("Authorization: Token abc123xyz")).isEqualTo("Authorization: Token [REDACTED]");
    }

    @Test
    void emailsWithoutADotInAnyScriptOrUrlEncoded() {
        String redacted = redactor.redact("mail to mallory@localhost, eve@exämple.com, dave%40example.org failed");

        assertThat(redacted).isEqualTo("mail to [REDACTED_EMAIL], [REDACTED_EMAIL], [REDACTED_EMAIL] failed");
    }

    @Test
    void redactingTwiceChangesNothing() {
        String once = redactor.redact("password=hunter2 Authorization: Bearer abc token: x mallory@localhost");

        assertThat(redactor.redact(once)).isEqualTo(once);
    }

    @Test
    void keepsFigureSeparatorsAndTimesReadable() {
        String line =
                "time=2026-11-22T05:00:01Z level=info msg=\"request processed\" path=/api/posts status=200 took=12ms";

        assertThat(redactor.redact(line)).isEqualTo(line);
    }

    @Test
    void aTextBeyondTheCapIsCutAndSaysSo() {
        String line = "x".repeat(Redactor.MAX_CHARS - 10) + " password=hunter2 " + "y".repeat(100);

        String redacted = redactor.redact(line);

        assertThat(redacted).doesNotContain("hunter2").endsWith("more characters]");
        assertThat(redacted.length()).isLessThan(Redactor.MAX_CHARS + 100);
    }

    /** Shapes that made the old regex rules quadratic; 1 MB each must pass well within the generous bound. */
    @ParameterizedTest
    @ValueSource(
            strings = {"a", "tokentoken", "eyJ", "\\", "ab@", "%40", "x=", "\"password\":\"", "\\u0070", "A1b2C3d4"})
    void redactsAMegabyteLineOfAnyShapeInLinearTime(String unit) {
        String line = unit.repeat(1_000_000 / unit.length());

        String redacted = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> redactor.redact(line));

        assertThat(redacted).isNotNull();
    }
}
