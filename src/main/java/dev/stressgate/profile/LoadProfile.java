package dev.stressgate.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated load profile: who is injected (three populations), how they pace themselves (think time, session),
 * what they do (action mix), what must hold (SLOs), and optionally which faults the target is asked to inject.
 *
 * @param kind               what the profile tests, declared in the file (absent: load)
 * @param realtimeConnection how the realtime population holds its sockets
 * @param maxDurationSeconds hard stop for the run; null lets the injection profile end it
 * @param faults             null unless the profile is a fault-injection (chaos) run
 * @param resilience         null unless the profile sets a resilience objective
 * @param abortWhen          null unless the profile declares early-stop conditions ({@code abort_when})
 */
public record LoadProfile(
        String name,
        String description,
        ProfileKind kind,
        InjectionModel model,
        Map<PopulationName, Population> populations,
        ThinkTime thinkTime,
        SessionPlan session,
        RealtimeConnection realtimeConnection,
        ActionMix mix,
        List<Slo> slos,
        Integer maxDurationSeconds,
        Faults faults,
        Resilience resilience,
        AbortWhen abortWhen) {

    public LoadProfile {
        populations = Collections.unmodifiableMap(new EnumMap<>(populations));
        slos = List.copyOf(slos);
    }

    public Optional<AbortWhen> abortConditions() {
        return Optional.ofNullable(abortWhen);
    }

    public Population population(PopulationName name) {
        return populations.getOrDefault(name, Population.none());
    }

    public Optional<Integer> maxDuration() {
        return Optional.ofNullable(maxDurationSeconds);
    }

    public Optional<Faults> faultsToInject() {
        return Optional.ofNullable(faults);
    }

    public Optional<Resilience> resilienceObjective() {
        return Optional.ofNullable(resilience);
    }

    /** The SLOs plus the resilience objective (as a {@code success_rate_pct} SLO) when there is one. */
    public List<Slo> effectiveSlos() {
        List<Slo> all = new ArrayList<>(slos);
        resilienceObjective().map(Resilience::asSlo).ifPresent(all::add);
        return List.copyOf(all);
    }

    /** Length of the longest population's injection, in seconds (the run may last longer while users finish). */
    public int injectionSeconds() {
        return populations.values().stream()
                .mapToInt(Population::durationSeconds)
                .max()
                .orElse(0);
    }
}
