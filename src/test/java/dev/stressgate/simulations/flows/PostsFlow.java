package dev.stressgate.simulations.flows;

import static dev.stressgate.simulations.flows.Requests.asSelf;
import static dev.stressgate.simulations.flows.Requests.expect;
import static dev.stressgate.simulations.flows.Requests.json;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;

import dev.stressgate.profile.Flow;
import io.gatling.javaapi.core.ChainBuilder;
import java.util.Map;

/** Post create and list. */
public final class PostsFlow implements UserFlow {

    @Override
    public Flow flow() {
        return Flow.POSTS;
    }

    @Override
    public ChainBuilder chain() {
        return exec(asSelf(http("posts: create").post("/api/posts"))
                        .body(json(session -> Map.of(
                                "title", "Load test post",
                                "content", "Posted by user " + session.getLong(SessionKeys.USER_ID),
                                "post_type", "text")))
                        .check(expect(201), jsonPath("$.id").ofLong().exists()))
                .exec(asSelf(http("posts: list").get("/api/posts?limit=20"))
                        .check(expect(200), jsonPath("$[0].id").ofLong().exists()));
    }
}
