package dev.stressgate.simulations.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stressgate.profile.PopulationName;
import dev.stressgate.run.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowCatalogueTest {

    @Test
    void theReferenceCatalogueIsRecordedAsItsWorkload() {
        assertThat(FlowCatalogue.SOCIAL.workload().flows())
                .containsExactly(
                        new Workload.Flow("auth", "auth", Workload.Transport.HTTP, null),
                        new Workload.Flow("feed", "social", Workload.Transport.HTTP, null),
                        new Workload.Flow("posts", "social", Workload.Transport.HTTP, null),
                        new Workload.Flow("comments_likes", "social", Workload.Transport.HTTP, null),
                        new Workload.Flow("friends", "social", Workload.Transport.HTTP, null),
                        new Workload.Flow("dms", "social", Workload.Transport.HTTP, null),
                        new Workload.Flow(
                                "chat_ws", "realtime", Workload.Transport.WEBSOCKET, "chat_ws: message delivered"),
                        new Workload.Flow("game_ws", "realtime", Workload.Transport.WEBSOCKET, null));
        assertThat(FlowCatalogue.SOCIAL.knownFlows().mixable())
                .containsExactly("feed", "posts", "comments_likes", "friends", "dms", "chat_ws", "game_ws");
    }

    @Test
    void aDeliveryRequestMustBeOneOfTheFlowsOwnAndANameIsDeclaredOnce() {
        FlowCatalogue.Entry live = FlowCatalogue.websocket("live", PopulationName.REALTIME, accounts -> null);

        assertThat(live.deliveredBy("live: echo").deliveryRequest()).isEqualTo("live: echo");
        assertThatThrownBy(() -> live.deliveredBy("chat_ws: message delivered"))
                .hasMessage("delivery request 'chat_ws: message delivered' is not a request of flow 'live'");
        assertThatThrownBy(() ->
                        FlowCatalogue.SOCIAL.plus(FlowCatalogue.http("feed", PopulationName.SOCIAL, accounts -> null)))
                .hasMessage("flow 'feed' is declared twice");
        assertThat(new FlowCatalogue(List.of(live)).workload().isWebSocket("live"))
                .isTrue();
    }

    @Test
    void aSimulationDeclaresItsCatalogueInItsCatalogueField() {
        assertThat(FlowCatalogue.of(dev.stressgate.simulations.SocialMixedSimulation.class))
                .isSameAs(FlowCatalogue.SOCIAL);
        assertThat(FlowCatalogue.of(dev.stressgate.simulations.throwaway.ThrowawayFlowSimulation.class)
                        .entry("bookmarks"))
                .isPresent();
        assertThat(FlowCatalogue.of(Object.class))
                .as("no field: the reference catalogue")
                .isSameAs(FlowCatalogue.SOCIAL);
    }
}
