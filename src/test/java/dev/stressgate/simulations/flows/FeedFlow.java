package dev.stressgate.simulations.flows;

import static dev.stressgate.simulations.flows.Requests.asSelf;
import static dev.stressgate.simulations.flows.Requests.expect;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;

/** Feed and notifications read: the newest posts, then the user's notifications. */
public final class FeedFlow implements UserFlow {
    /** The flow's name: its Gatling group and the prefix of its request names. */
    public static final String NAME = "feed";

    @Override
    public ChainBuilder chain() {
        return exec(asSelf(http(NAME + ": list posts").get("/api/posts?limit=20"))
                        .check(expect(200), jsonPath("$").ofList().exists()))
                .exec(asSelf(http(NAME + ": notifications").get("/api/notifications?limit=20"))
                        .check(expect(200), jsonPath("$").ofList().exists()));
    }
}
