package dev.stressgate.simulations.flows;

import static dev.stressgate.simulations.flows.Requests.asSelf;
import static dev.stressgate.simulations.flows.Requests.expect;
import static dev.stressgate.simulations.flows.Requests.json;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import java.util.Map;

/** Post create and list. */
public final class PostsFlow implements UserFlow {
    /** The flow's name: its Gatling group and the prefix of its request names. */
    public static final String NAME = "posts";

    private final FeederBuilder<String> content = Feeders.content();

    @Override
    public ChainBuilder chain() {
        return feed(content)
                .exec(asSelf(http(NAME + ": create").post("/api/posts"))
                        .body(json(session -> Map.of(
                                "title", session.getString(Feeders.CONTENT_TITLE),
                                "content", session.getString(Feeders.CONTENT_TEXT),
                                "post_type", "text")))
                        .check(expect(201), jsonPath("$.id").ofLong().exists()))
                .exec(asSelf(http(NAME + ": list").get("/api/posts?limit=20"))
                        .check(expect(200), jsonPath("$[0].id").ofLong().exists()));
    }
}
