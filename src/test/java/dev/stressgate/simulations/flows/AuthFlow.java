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

/** Auth lifecycle after signup: log in again with the account's credentials (fresh token), then read {@code me}. */
public final class AuthFlow implements UserFlow {

    @Override
    public Flow flow() {
        return Flow.AUTH;
    }

    @Override
    public ChainBuilder chain() {
        return exec(http("auth: login")
                        .post("/api/auth/login")
                        .body(json(session -> Map.of(
                                "email", session.getString(SessionKeys.EMAIL),
                                "password", session.getString(SessionKeys.PASSWORD))))
                        .check(expect(200), jsonPath("$.token").saveAs(SessionKeys.TOKEN)))
                .exec(asSelf(http("auth: me").get("/api/users/me"))
                        .check(expect(200), jsonPath("$.id").ofLong().isEL("#{" + SessionKeys.USER_ID + "}")));
    }
}
