package dev.stressgate.simulations.throwaway;

import static dev.stressgate.simulations.flows.Requests.asSelf;
import static dev.stressgate.simulations.flows.Requests.expect;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;

import dev.stressgate.simulations.flows.UserFlow;
import io.gatling.javaapi.core.ChainBuilder;

/** A throwaway HTTP flow that exists only to prove a new flow needs one class and one catalogue line. */
public final class BookmarksFlow implements UserFlow {
    public static final String NAME = "bookmarks";

    @Override
    public ChainBuilder chain() {
        return exec(asSelf(http(NAME + ": list").get("/api/posts?limit=5")).check(expect(200)));
    }
}
