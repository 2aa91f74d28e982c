package dev.stressgate.simulations.flows;

import static dev.stressgate.simulations.flows.Requests.asSelf;
import static dev.stressgate.simulations.flows.Requests.expect;
import static dev.stressgate.simulations.flows.Requests.json;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.List;
import java.util.Map;

/** The direct conversation between the user and its partner, the step the DM and both chat flows start with. */
final class Conversations {

    private Conversations() {}

    /** Opens (201) or reuses (200) the user's conversation with its partner; saves its id as {@link SessionKeys#CONVERSATION_ID}. */
    static ChainBuilder openWithPartner(String requestName) {
        return exec(asSelf(http(requestName).post("/api/conversations"))
                .body(json(session ->
                        Map.of("is_group", false, "participant_ids", List.of(session.getLong(SessionKeys.PARTNER_ID)))))
                .check(expect(200, 201), jsonPath("$.id").ofLong().saveAs(SessionKeys.CONVERSATION_ID)));
    }
}
