package dev.stressgate.profile;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Relative weights of the mixable flows; a population draws among its own flows in proportion to them. */
public record ActionMix(Map<Flow, Integer> weights) {

    public ActionMix {
        weights = Collections.unmodifiableMap(new EnumMap<>(weights));
    }

    public int weight(Flow flow) {
        return weights.getOrDefault(flow, 0);
    }

    /** The flows of one population with a weight above zero, in declaration order, with their weights. */
    public Map<Flow, Integer> weightsFor(PopulationName population) {
        Map<Flow, Integer> result = new LinkedHashMap<>();
        weights.forEach((flow, weight) -> {
            if (flow.population() == population && weight > 0) {
                result.put(flow, weight);
            }
        });
        return Collections.unmodifiableMap(result);
    }
}
