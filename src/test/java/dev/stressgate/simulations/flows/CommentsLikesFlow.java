package dev.stressgate.simulations.flows;

import static dev.stressgate.simulations.flows.Requests.asSelf;
import static dev.stressgate.simulations.flows.Requests.expect;
import static dev.stressgate.simulations.flows.Requests.json;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import java.util.Map;

/**
 * Comment on and like/unlike a post picked at random from the feed (one is created first when the feed is empty).
 * Unlike accepts 404: another user's concurrent unlike, or a like that was not recorded, is not a failure.
 */
public final class CommentsLikesFlow implements UserFlow {
    /** The flow's name: its Gatling group and the prefix of its request names. */
    public static final String NAME = "comments_likes";

    private static final String POST_ID = "postId";

    private final FeederBuilder<String> content = Feeders.content();

    @Override
    public ChainBuilder chain() {
        return feed(content)
                .exec(session -> session.remove(POST_ID))
                .exec(asSelf(http(NAME + ": list posts").get("/api/posts?limit=20"))
                        .check(
                                expect(200),
                                jsonPath("$[*].id")
                                        .ofLong()
                                        .findRandom()
                                        .optional()
                                        .saveAs(POST_ID)))
                .doIf(session -> !session.contains(POST_ID))
                .then(exec(asSelf(http(NAME + ": create post").post("/api/posts"))
                        .body(json(session -> Map.of(
                                "title",
                                session.getString(Feeders.CONTENT_TITLE),
                                "content",
                                session.getString(Feeders.CONTENT_TEXT),
                                "post_type",
                                "text")))
                        .check(expect(201), jsonPath("$.id").ofLong().saveAs(POST_ID))))
                .exec(asSelf(http(NAME + ": comment").post("/api/posts/#{" + POST_ID + "}/comments"))
                        .body(json(session -> Map.of("content", session.getString(Feeders.CONTENT_TEXT))))
                        .check(expect(201)))
                .exec(asSelf(http(NAME + ": like").post("/api/posts/#{" + POST_ID + "}/like"))
                        .check(expect(200, 201)))
                .exec(asSelf(http(NAME + ": unlike").delete("/api/posts/#{" + POST_ID + "}/like"))
                        .check(expect(200, 204, 404)));
    }
}
