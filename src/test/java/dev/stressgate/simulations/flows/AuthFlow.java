package dev.stressgate.simulations.flows;

import static dev.stressgate.simulations.flows.Requests.asSelf;
import static dev.stressgate.simulations.flows.Requests.expect;
import static dev.stressgate.simulations.flows.Requests.json;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.Map;

/** Auth lifecycle after signup: log in again with the account's credentials (fresh token), then read {@code me}. */
public final class AuthFlow implements UserFlow {
    /** The flow's name: its Gatling group and the prefix of its request names. */
    public static final String NAME = "auth";

    @Override
    public ChainBuilder chain() {
        return exec(http(NAME + ": login")
                        .post("/api/auth/login")
                        .body(json(session -> Map.of(
                                "email", session.getString(SessionKeys.EMAIL),
                                "password", session.getString(SessionKeys.PASSWORD))))
                        .check(expect(200), jsonPath("$.token").saveAs(SessionKeys.TOKEN)))
                .exec(asSelf(http(NAME + ": me").get("/api/users/me"))
                        .check(expect(200), jsonPath("$.id").ofLong().isEL("#{" + SessionKeys.USER_ID + "}")));
    }
}
