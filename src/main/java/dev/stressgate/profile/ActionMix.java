package dev.stressgate.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Relative weights of the mixable flows by name, in profile order; a population draws among its own flows. */
public record ActionMix(Map<String, Integer> weights) {

    public ActionMix {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    public int weight(String flow) {
        return weights.getOrDefault(flow, 0);
    }

    /** The flows of one population with a weight above zero, in mix order, with their weights. */
    public Map<String, Integer> weightsFor(PopulationName population, KnownFlows flows) {
        Map<String, Integer> result = new LinkedHashMap<>();
        weights.forEach((flow, weight) -> {
            if (flows.population(flow).orElse(null) == population && weight > 0) {
                result.put(flow, weight);
            }
        });
        return Collections.unmodifiableMap(result);
    }
}
