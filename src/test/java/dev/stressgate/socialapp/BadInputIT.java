package dev.stressgate.socialapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.socialapp.ApiClient.Reply;
import dev.stressgate.socialapp.ApiClient.Session;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Malformed JSON, wrong types, oversized bodies and fields, unknown ids: a 4xx with an error, never a 5xx. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {

    private static final List<String> BODY_ROUTES = List.of(
            "/api/auth/signup",
            "/api/auth/login",
            "/api/posts",
            "/api/posts/1/comments",
            "/api/conversations",
            "/api/conversations/1/messages",
            "/api/games/rooms");
    private static final List<String> GARBAGE = List.of(
            "{bad",
            "[]",
            "null",
            "42",
            "\"text\"",
            "{\"a\":1}{",
            "{\"title\":{\"nested\":true},\"content\":[1,2]}",
            "{\"username\":1,\"email\":true,\"password\":[]}",
            "{\"participant_ids\":\"all\",\"is_group\":\"yes\"}",
            "{\"participant_ids\":[\"x\"]}",
            "{\"content\":12,\"message_type\":\"video\"}",
            "{\"type\":7}",
            "");

    private SocialApp app;
    private ApiClient api;
    private Session user;

    @BeforeAll
    void start() {
        app = TestApps.start("bad-input", config -> config.maxRequestBytes(16 * 1024));
        api = new ApiClient(app.baseUrl());
        user = api.signup();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void malformedAndMistypedBodiesAre400WithAnError() {
        for (String route : BODY_ROUTES) {
            for (String body : GARBAGE) {
                Reply reply = api.raw("POST", route, user.token(), body, Map.of());
                assertThat(reply.status()).as("POST %s with %s", route, body).isBetween(400, 404);
                assertThat(reply.json().get("error").asText())
                        .as("POST %s with %s", route, body)
                        .isNotBlank();
            }
        }
    }

    @Test
    void specificMistakesAreNamed() {
        Reply wrongType = api.raw("POST", "/api/posts", user.token(), "{\"title\":5,\"content\":\"c\"}", Map.of());
        assertThat(wrongType.status()).isEqualTo(400);
        Reply missing = api.post("/api/posts", user.token(), Map.of("content", "no title"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("error").asText()).contains("title");
        Reply longTitle = api.post("/api/posts", user.token(), Map.of("title", "t".repeat(201), "content", "c"));
        assertThat(longTitle.status()).isEqualTo(400);
        assertThat(longTitle.json().get("error").asText()).contains("title");
        Reply shortPassword = api.post(
                "/api/auth/signup", null, Map.of("username", "shorty", "email", "s@example.test", "password", "short"));
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.json().get("error").asText()).contains("password");
        Reply badLimit = api.get("/api/posts?limit=abc", user.token());
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(api.get("/api/posts?limit=-3", user.token()).status()).isEqualTo(400);
    }

    @Test
    void oversizedBodiesAreRefusedWithoutA5xx() {
        String huge = "{\"title\":\"t\",\"content\":\"" + "x".repeat(40_000) + "\"}";
        Reply reply = api.raw("POST", "/api/posts", user.token(), huge, Map.of());
        assertThat(reply.status()).isEqualTo(413);
        Reply longField = api.post("/api/posts", user.token(), Map.of("title", "t", "content", "x".repeat(10_001)));
        assertThat(longField.status()).isEqualTo(400);
    }

    @Test
    void unknownAndInvalidIdsAre404Or400() {
        List<String[]> requests = List.of(
                new String[] {"POST", "/api/posts/987654/like"},
                new String[] {"DELETE", "/api/posts/987654/like"},
                new String[] {"POST", "/api/posts/987654/comments"},
                new String[] {"POST", "/api/friends/requests/987654"},
                new String[] {"POST", "/api/friends/requests/987654/accept"},
                new String[] {"GET", "/api/friends/status/987654"},
                new String[] {"POST", "/api/conversations/987654/messages"},
                new String[] {"GET", "/api/conversations/987654/messages"},
                new String[] {"POST", "/api/conversations/987654/read"},
                new String[] {"GET", "/api/games/rooms/987654"});
        for (String[] request : requests) {
            Reply unknown =
                    api.send(request[0], request[1], user.token(), "{\"content\":\"c\",\"message_type\":\"text\"}");
            assertThat(unknown.status()).as("%s %s", request[0], request[1]).isEqualTo(404);
            String invalidPath = request[1].replace("987654", "not-a-number");
            Reply invalid = api.send(request[0], invalidPath, user.token(), "{\"content\":\"c\"}");
            assertThat(invalid.status()).as("%s %s", request[0], invalidPath).isEqualTo(400);
            String hugeId = request[1].replace("987654", "99999999999999999999999");
            assertThat(api.send(request[0], hugeId, user.token(), "{}").status())
                    .as("%s %s", request[0], hugeId)
                    .isLessThan(500);
        }
        assertThat(api.get("/no/such/route", user.token()).status()).isEqualTo(404);
    }
}
