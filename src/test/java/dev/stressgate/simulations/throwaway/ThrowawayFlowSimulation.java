package dev.stressgate.simulations.throwaway;

import dev.stressgate.profile.PopulationName;
import dev.stressgate.simulations.SocialMixedSimulation;
import dev.stressgate.simulations.flows.FlowCatalogue;

/** The mixed social workload plus {@link BookmarksFlow}: the catalogue line is the only change it needs. */
public class ThrowawayFlowSimulation extends SocialMixedSimulation {
    public static final FlowCatalogue CATALOGUE = FlowCatalogue.SOCIAL.plus(
            FlowCatalogue.http(BookmarksFlow.NAME, PopulationName.SOCIAL, context -> new BookmarksFlow()));

    public ThrowawayFlowSimulation() {
        super(CATALOGUE);
    }
}
