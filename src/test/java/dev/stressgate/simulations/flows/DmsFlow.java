package dev.stressgate.simulations.flows;

import static dev.stressgate.simulations.flows.Requests.asPartner;
import static dev.stressgate.simulations.flows.Requests.asSelf;
import static dev.stressgate.simulations.flows.Requests.expect;
import static dev.stressgate.simulations.flows.Requests.json;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import java.util.Map;

/**
 * Direct messages: the user opens (201) or reuses (200) its conversation with the partner and sends a message; the
 * partner reads the messages and marks the conversation read; the user lists its conversations.
 */
public final class DmsFlow implements UserFlow {
    /** The flow's name: its Gatling group and the prefix of its request names. */
    public static final String NAME = "dms";

    private final AccountSteps accounts;
    private final FeederBuilder<String> content = Feeders.content();

    public DmsFlow(AccountSteps accounts) {
        this.accounts = accounts;
    }

    @Override
    public ChainBuilder chain() {
        String messages = "/api/conversations/#{" + SessionKeys.CONVERSATION_ID + "}/messages";
        return exec(accounts.pickPartner())
                .feed(content)
                .exec(Conversations.openWithPartner(NAME + ": open conversation"))
                .exec(asSelf(http(NAME + ": send message").post(messages))
                        .body(json(session ->
                                Map.of("content", session.getString(Feeders.CONTENT_TEXT), "message_type", "text")))
                        .check(expect(201)))
                .exec(asPartner(http(NAME + ": read messages").get(messages + "?limit=50"))
                        .check(expect(200), jsonPath("$[0].id").ofLong().exists()))
                .exec(asPartner(http(NAME + ": mark read")
                                .post("/api/conversations/#{" + SessionKeys.CONVERSATION_ID + "}/read"))
                        .check(expect(200)))
                .exec(asSelf(http(NAME + ": list conversations").get("/api/conversations"))
                        .check(expect(200)));
    }
}
