package dev.stressgate.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The flows a workload offers, as a profile is checked against them: each flow's name and the population that runs
 * it. The workload declares them (the simulations' catalogue passes them in; {@code profile} knows no workload).
 * Flows of the {@code auth} population run as its lifecycle; the others take part in the weighted mix.
 * {@link #unchecked()} accepts any flow name: for a recorded run's profile.json, checked when the run started.
 */
public final class KnownFlows {
    private final Map<String, PopulationName> populations;

    private KnownFlows(Map<String, PopulationName> populations) {
        this.populations = populations;
    }

    /** The flows in declaration order, by name. */
    public static KnownFlows of(Map<String, PopulationName> populations) {
        return new KnownFlows(Collections.unmodifiableMap(new LinkedHashMap<>(populations)));
    }

    /** Any flow name is accepted and no population is known. */
    public static KnownFlows unchecked() {
        return new KnownFlows(null);
    }

    public boolean isChecked() {
        return populations != null;
    }

    /** Every flow name, auth lifecycle included (empty when unchecked). */
    public List<String> names() {
        return populations == null ? List.of() : List.copyOf(populations.keySet());
    }

    /** The flows a profile's mix may weight: every flow outside the auth population (empty when unchecked). */
    public List<String> mixable() {
        return populations == null
                ? List.of()
                : populations.entrySet().stream()
                        .filter(flow -> flow.getValue() != PopulationName.AUTH)
                        .map(Map.Entry::getKey)
                        .toList();
    }

    /** The flows of one population, in declaration order (empty when unchecked). */
    public List<String> of(PopulationName population) {
        return populations == null
                ? List.of()
                : populations.entrySet().stream()
                        .filter(flow -> flow.getValue() == population)
                        .map(Map.Entry::getKey)
                        .toList();
    }

    public Optional<PopulationName> population(String flow) {
        return populations == null ? Optional.empty() : Optional.ofNullable(populations.get(flow));
    }
}
