package dev.stressgate.simulations.flows;

import static dev.stressgate.simulations.flows.Requests.asPartner;
import static dev.stressgate.simulations.flows.Requests.asSelf;
import static dev.stressgate.simulations.flows.Requests.expect;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * Friend request from the user to its partner, accepted by the partner (requests run with the partner's token, as
 * the addressee), then status and friend list seen by the user. A repeat request (already pending or friends) is a
 * 409 and an already accepted request a 409 too: both are expected outcomes, not failures.
 */
public final class FriendsFlow implements UserFlow {
    /** The flow's name: its Gatling group and the prefix of its request names. */
    public static final String NAME = "friends";

    private static final String REQUEST_ID = "friendRequestId";

    private final AccountSteps accounts;

    public FriendsFlow(AccountSteps accounts) {
        this.accounts = accounts;
    }

    @Override
    public ChainBuilder chain() {
        return exec(accounts.pickPartner())
                .exec(session -> session.remove(REQUEST_ID))
                .exec(asSelf(http(NAME + ": send request")
                                .post("/api/friends/requests/#{" + SessionKeys.PARTNER_ID + "}"))
                        .check(expect(201, 409)))
                .exec(asPartner(http(NAME + ": list received").get("/api/friends/requests"))
                        .check(
                                expect(200),
                                jsonPath("$[?(@.requester_id == #{" + SessionKeys.USER_ID + "})].id")
                                        .ofLong()
                                        .optional()
                                        .saveAs(REQUEST_ID)))
                .doIf(session -> session.contains(REQUEST_ID))
                .then(exec(asPartner(http(NAME + ": accept").post("/api/friends/requests/#{" + REQUEST_ID + "}/accept"))
                        .check(expect(200, 409))))
                .exec(asSelf(http(NAME + ": status").get("/api/friends/status/#{" + SessionKeys.PARTNER_ID + "}"))
                        .check(expect(200), jsonPath("$.status").in("none", "pending", "friends")))
                .exec(asSelf(http(NAME + ": list sent").get("/api/friends/requests/sent"))
                        .check(expect(200)))
                .exec(asSelf(http(NAME + ": list").get("/api/friends")).check(expect(200)));
    }
}
