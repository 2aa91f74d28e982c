package dev.stressgate.report.sources.logs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {

    private final Redactor redactor = new Redactor();

    @Test
    void removesBearerTokensAndJwts() {
        String line = "{\"message\":\"auth failed\",\"header\":\"Authorization: Bearer s3cr3tT0ken.abc-def\"}";
        String jwt = "token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk";

        assertThat(redactor.redact(line)).isEqualTo(
                "{\"message\":\"auth failed\",\"header\":\"Authorization: Bearer [REDACTED]\"}");
        assertThat(redactor.redact(jwt)).doesNotContain("eyJ", "dBjft").contains("[REDACTED]");
    }

    @Test
    void removesTicketsPasswordsAndEmailsInAnyEncoding() {
        String line = "{\"message\":\"ws connect /ws/chat?room=1&ticket=tk_9f8e7d&x=1 body {\\\"email\\\":\\\"ann@example.org\\\","
                + "\\\"password\\\":\\\"hunter2\\\"}\",\"password\":\"pa\\\"ss\",\"user\":\"bob.smith+tag@mail.example.com\"}";

        String redacted = redactor.redact(line);

        assertThat(redacted).doesNotContain("tk_9f8e7d", "hunter2", "pa\\\"ss", "ann@example.org", "bob.smith");
        assertThat(redacted).contains("ticket=[REDACTED]&x=1", "\\\"password\\\":\\\"[REDACTED]\\\"",
                "\"password\":\"[REDACTED]\"", "[REDACTED_EMAIL]");
    }

    @Test
    void removesLongRandomTokensButKeepsRequestIdsRoutesAndNumbers() {
        String line = "{\"request_id\":\"3f2c1a9e-8b7d-4c6e-9f01-23456789abcd\",\"route\":\"/api/conversations/{id}/messages\","
                + "\"path\":\"/api/conversations/1234567/messages/recent\",\"api\":\"sk_live_4eC39HqLyjWDarjtT1zdp7dc\","
                + "\"hex\":\"0123456789abcdef0123456789abcdef01\",\"b64\":\"QWxhZGRpbjpvcGVuIHNlc2FtZQ9Zx+/AbC==\",\"duration_ms\":1234567}";

        String redacted = redactor.redact(line);

        assertThat(redacted).contains("3f2c1a9e-8b7d-4c6e-9f01-23456789abcd", "/api/conversations/{id}/messages",
                "/api/conversations/1234567/messages/recent", "\"duration_ms\":1234567");
        assertThat(redacted).doesNotContain("4eC39HqLyjWDarjtT1zdp7dc", "0123456789abcdef0123456789abcdef01",
                "QWxhZGRpbjpvcGVuIHNlc2FtZQ9Zx");
    }

    @Test
    void keepsHtmlAndScriptAsTextForTheRendererToEscape() {
        String line = "{\"message\":\"<script>alert('x')</script><img src=x onerror=alert(1)>\"}";

        assertThat(redactor.redact(line)).isEqualTo(line);
    }
}
