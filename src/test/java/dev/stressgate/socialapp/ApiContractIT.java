package dev.stressgate.socialapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stressgate.socialapp.ApiClient.Reply;
import dev.stressgate.socialapp.ApiClient.Session;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every HTTP route of social-api.md: the happy path and each error status the contract lists. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiContractIT {

    private SocialApp app;
    private ApiClient api;

    @BeforeAll
    void start() {
        app = TestApps.start("contract");
        api = new ApiClient(app.baseUrl());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void signupLoginAndMe() {
        Reply signup = api.post(
                "/api/auth/signup",
                null,
                Map.of("username", "carol", "email", "carol@example.test", "password", "secret-pass"));
        assertThat(signup.status()).isEqualTo(201);
        JsonNode user = signup.json().get("user");
        assertThat(user.get("id").isIntegralNumber()).isTrue();
        assertThat(user.get("username").asText()).isEqualTo("carol");
        assertThat(user.get("email").asText()).isEqualTo("carol@example.test");
        assertThat(signup.json().get("token").asText()).hasSizeGreaterThan(30);

        assertThat(api.post(
                                "/api/auth/signup",
                                null,
                                Map.of("username", "carol", "email", "other@example.test", "password", "secret-pass"))
                        .status())
                .isEqualTo(409);
        assertThat(api.post(
                                "/api/auth/signup",
                                null,
                                Map.of("username", "carol2", "email", "carol@example.test", "password", "secret-pass"))
                        .status())
                .isEqualTo(409);

        Reply login =
                api.post("/api/auth/login", null, Map.of("email", "carol@example.test", "password", "secret-pass"));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("user").get("id").asLong())
                .isEqualTo(user.get("id").asLong());
        String token = login.json().get("token").asText();
        assertThat(token).isNotEqualTo(signup.json().get("token").asText());

        assertThat(api.post("/api/auth/login", null, Map.of("email", "carol@example.test", "password", "wrong-pass"))
                        .status())
                .isEqualTo(401);
        assertThat(api.post("/api/auth/login", null, Map.of("email", "nobody@example.test", "password", "secret-pass"))
                        .status())
                .isEqualTo(401);

        Reply me = api.get("/api/users/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asText()).isEqualTo("carol");
        assertThat(me.json().has("password")).isFalse();
    }

    @Test
    void ticketIsIssuedWithTtl() {
        Session alice = api.signup();
        Reply ticket = api.post("/api/ws/ticket", alice.token(), null);
        assertThat(ticket.status()).isEqualTo(200);
        assertThat(ticket.json().get("ticket").asText()).isNotBlank();
        assertThat(ticket.json().get("ttl_seconds").asLong()).isEqualTo(30);
    }

    @Test
    void postsLikesCommentsAndNotifications() {
        Session author = api.signup();
        Session reader = api.signup();
        Reply created = api.post(
                "/api/posts", author.token(), Map.of("title", "Hello", "content", "First post", "post_type", "text"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode post = created.json();
        long postId = post.get("id").asLong();
        assertThat(post.get("author_id").asLong()).isEqualTo(author.userId());
        assertThat(post.get("post_type").asText()).isEqualTo("text");
        assertThat(post.get("like_count").asInt()).isZero();
        assertThat(post.get("comment_count").asInt()).isZero();
        assertThat(post.get("created_at").asText()).isNotBlank();
        long newer = api.post("/api/posts", author.token(), Map.of("title", "Second", "content", "more"))
                .json()
                .get("id")
                .asLong();

        Reply feed = api.get("/api/posts?limit=20", reader.token());
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.json().get(0).get("id").asLong()).isEqualTo(newer);
        assertThat(api.get("/api/posts?limit=1", reader.token()).json()).hasSize(1);
        assertThat(api.get("/api/posts?limit=1000", reader.token()).status()).isEqualTo(200);

        Reply like = api.post("/api/posts/" + postId + "/like", reader.token(), null);
        assertThat(like.status()).isEqualTo(201);
        assertThat(like.json().get("like_count").asInt()).isEqualTo(1);
        assertThat(api.post("/api/posts/" + postId + "/like", reader.token(), null)
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/posts/999999/like", reader.token(), null).status())
                .isEqualTo(404);
        assertThat(api.delete("/api/posts/" + postId + "/like", reader.token()).status())
                .isEqualTo(204);
        assertThat(api.delete("/api/posts/" + postId + "/like", reader.token()).status())
                .isEqualTo(404);
        assertThat(api.delete("/api/posts/999999/like", reader.token()).status())
                .isEqualTo(404);

        Reply comment = api.post("/api/posts/" + postId + "/comments", reader.token(), Map.of("content", "Nice"));
        assertThat(comment.status()).isEqualTo(201);
        assertThat(comment.json().get("post_id").asLong()).isEqualTo(postId);
        assertThat(comment.json().get("author_id").asLong()).isEqualTo(reader.userId());
        assertThat(comment.json().get("content").asText()).isEqualTo("Nice");
        assertThat(api.post("/api/posts/999999/comments", reader.token(), Map.of("content", "x"))
                        .status())
                .isEqualTo(404);

        Reply notifications = api.get("/api/notifications?limit=20", author.token());
        assertThat(notifications.status()).isEqualTo(200);
        assertThat(notifications.json().findValuesAsText("type")).contains("like", "comment");
        assertThat(notifications.json().get(0).get("actor_id").asLong()).isEqualTo(reader.userId());
        assertThat(api.get("/api/notifications", reader.token()).json()).isEmpty();
    }

    @Test
    void friendRequestsAcceptStatusAndList() {
        Session ann = api.signup();
        Session bob = api.signup();
        Session eve = api.signup();
        assertThat(api.get("/api/friends/status/" + bob.userId(), ann.token())
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("none");

        Reply request = api.post("/api/friends/requests/" + bob.userId(), ann.token(), null);
        assertThat(request.status()).isEqualTo(201);
        long requestId = request.json().get("id").asLong();
        assertThat(request.json().get("requester_id").asLong()).isEqualTo(ann.userId());
        assertThat(request.json().get("addressee_id").asLong()).isEqualTo(bob.userId());
        assertThat(request.json().get("status").asText()).isEqualTo("pending");
        assertThat(api.post("/api/friends/requests/" + bob.userId(), ann.token(), null)
                        .status())
                .isEqualTo(409);
        assertThat(api.post("/api/friends/requests/" + ann.userId(), bob.token(), null)
                        .status())
                .isEqualTo(409);
        assertThat(api.post("/api/friends/requests/999999", ann.token(), null).status())
                .isEqualTo(404);
        assertThat(api.get("/api/friends/status/" + bob.userId(), ann.token())
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("pending");

        Reply received = api.get("/api/friends/requests", bob.token());
        assertThat(received.status()).isEqualTo(200);
        assertThat(received.json().findValuesAsText("id")).containsExactly(Long.toString(requestId));
        Reply sent = api.get("/api/friends/requests/sent", ann.token());
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.json().get(0).get("addressee_id").asLong()).isEqualTo(bob.userId());

        assertThat(api.post("/api/friends/requests/" + requestId + "/accept", ann.token(), null)
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/friends/requests/" + requestId + "/accept", eve.token(), null)
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/friends/requests/999999/accept", bob.token(), null)
                        .status())
                .isEqualTo(404);
        Reply accepted = api.post("/api/friends/requests/" + requestId + "/accept", bob.token(), null);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("status").asText()).isEqualTo("accepted");
        assertThat(api.post("/api/friends/requests/" + requestId + "/accept", bob.token(), null)
                        .status())
                .isEqualTo(409);
        assertThat(api.post("/api/friends/requests/" + bob.userId(), ann.token(), null)
                        .status())
                .isEqualTo(409);

        assertThat(api.get("/api/friends/status/" + ann.userId(), bob.token())
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("friends");
        Reply friends = api.get("/api/friends", ann.token());
        assertThat(friends.status()).isEqualTo(200);
        assertThat(friends.json().findValuesAsText("username"))
                .containsExactly(api.get("/api/users/me", bob.token())
                        .json()
                        .get("username")
                        .asText());
        assertThat(api.get("/api/friends/status/999999", ann.token()).status()).isEqualTo(404);
    }

    @Test
    void conversationsMessagesAndRead() {
        Session ann = api.signup();
        Session bob = api.signup();
        Session eve = api.signup();
        Map<String, Object> open = Map.of("is_group", false, "participant_ids", List.of(bob.userId()));
        Reply created = api.post("/api/conversations", ann.token(), open);
        assertThat(created.status()).isEqualTo(201);
        long conversationId = created.json().get("id").asLong();
        assertThat(created.json().get("is_group").asBoolean()).isFalse();
        assertThat(created.json().get("participants").findValuesAsText("id"))
                .containsExactlyInAnyOrder(Long.toString(ann.userId()), Long.toString(bob.userId()));
        Reply again = api.post(
                "/api/conversations", bob.token(), Map.of("is_group", false, "participant_ids", List.of(ann.userId())));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asLong()).isEqualTo(conversationId);
        assertThat(api.post(
                                "/api/conversations",
                                ann.token(),
                                Map.of("is_group", false, "participant_ids", List.of(999999)))
                        .status())
                .isEqualTo(404);

        Reply message = api.post(
                "/api/conversations/" + conversationId + "/messages",
                ann.token(),
                Map.of("content", "hi bob", "message_type", "text"));
        assertThat(message.status()).isEqualTo(201);
        assertThat(message.json().get("sender_id").asLong()).isEqualTo(ann.userId());
        assertThat(message.json().get("conversation_id").asLong()).isEqualTo(conversationId);
        assertThat(api.post(
                                "/api/conversations/" + conversationId + "/messages",
                                eve.token(),
                                Map.of("content", "intruder", "message_type", "text"))
                        .status())
                .isEqualTo(403);
        assertThat(api.post(
                                "/api/conversations/999999/messages",
                                ann.token(),
                                Map.of("content", "x", "message_type", "text"))
                        .status())
                .isEqualTo(404);

        JsonNode bobsView = api.get("/api/conversations", bob.token()).json().get(0);
        assertThat(bobsView.get("id").asLong()).isEqualTo(conversationId);
        assertThat(bobsView.get("unread_count").asLong()).isEqualTo(1);
        assertThat(bobsView.get("last_message_at").asText()).isNotBlank();
        assertThat(bobsView.get("participants").get(0).has("username")).isTrue();

        Reply history = api.get("/api/conversations/" + conversationId + "/messages?limit=50", bob.token());
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().findValuesAsText("content")).containsExactly("hi bob");
        assertThat(api.get("/api/conversations/" + conversationId + "/messages", eve.token())
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/conversations/999999/messages", bob.token()).status())
                .isEqualTo(404);

        assertThat(api.post("/api/conversations/" + conversationId + "/read", bob.token(), null)
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/conversations", bob.token())
                        .json()
                        .get(0)
                        .get("unread_count")
                        .asLong())
                .isZero();
        assertThat(api.post("/api/conversations/" + conversationId + "/read", eve.token(), null)
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/conversations/999999/read", eve.token(), null).status())
                .isEqualTo(404);
        assertThat(api.get("/api/notifications", bob.token()).json().findValuesAsText("type"))
                .contains("message");
    }

    @Test
    void gameRooms() {
        Session ann = api.signup();
        Reply created = api.post("/api/games/rooms", ann.token(), Map.of("type", "othello"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode room = created.json();
        assertThat(room.get("type").asText()).isEqualTo("othello");
        assertThat(room.get("creator_id").asLong()).isEqualTo(ann.userId());
        assertThat(room.get("opponent_id").isNull()).isTrue();
        assertThat(room.get("status").asText()).isEqualTo("waiting");
        Reply fetched = api.get("/api/games/rooms/" + room.get("id").asLong(), ann.token());
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json()).isEqualTo(room);
        assertThat(api.get("/api/games/rooms/999999", ann.token()).status()).isEqualTo(404);
        assertThat(api.post("/api/games/rooms", ann.token(), Map.of("type", "chess"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void operationsRoutes() {
        assertThat(api.get("/health/live", null).status()).isEqualTo(200);
        assertThat(api.get("/health/ready", null).status()).isEqualTo(200);
        Reply metrics = api.get("/metrics", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain");
        assertThat(metrics.body()).contains("# TYPE http_requests_total counter");
    }

    @Test
    void everyResponseEchoesOrGeneratesRequestId() {
        Reply sent = api.raw("GET", "/health/live", null, null, Map.of("X-Request-Id", "client-id-42"));
        assertThat(sent.header("X-Request-Id")).isEqualTo("client-id-42");
        Reply generated = api.get("/api/posts", null);
        assertThat(generated.status()).isEqualTo(401);
        assertThat(generated.header("X-Request-Id")).isNotBlank();
        assertThat(api.get("/no/such/route", null).header("X-Request-Id")).isNotBlank();
        assertThat(generated.json().get("error").asText()).isNotBlank();
    }
}
