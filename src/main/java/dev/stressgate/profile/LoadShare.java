package dev.stressgate.profile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Injector {@code index}'s share of a profile's load when {@code count} injectors run it together, such that the
 * shares of all injectors add up to the profile's targets exactly at every stage:
 *
 * <ul>
 *   <li>closed model (concurrent users, whole numbers): each injector gets {@code users / count}; the remainder goes
 *       one user each to consecutive injectors, never dropped. So that one injector does not get every population's
 *       remainder, population k's remainder starts at injector {@code (sum of the peak users of the populations
 *       before k) mod count} and wraps around.
 *   <li>open model (arrival rates, real numbers): each injector gets {@code rate / count}.
 * </ul>
 *
 * Stage durations are unchanged, so every injector ramps and holds in step with the others.
 */
public record LoadShare(int index, int count) {

    public static final LoadShare WHOLE = new LoadShare(0, 1);

    public LoadShare {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException(
                    "injector index " + index + " of " + count + ": expected 0 <= index < count, count >= 1");
        }
    }

    /** This injector's population stages, for every population of the profile (in {@link PopulationName} order). */
    public Map<PopulationName, Population> populations(LoadProfile profile) {
        Map<PopulationName, Population> shares = new EnumMap<>(PopulationName.class);
        long offset = 0;
        for (PopulationName name : PopulationName.values()) {
            Population population = profile.population(name);
            shares.put(name, share(population, profile.model(), (int) (offset % count)));
            offset += (long) population.peakTarget();
        }
        return shares;
    }

    /** Whether this injector gets no load at all (more injectors than the profile has users to spread). */
    public boolean idle(LoadProfile profile) {
        return populations(profile).values().stream().noneMatch(Population::isActive);
    }

    private Population share(Population population, InjectionModel model, int firstWithRemainder) {
        if (count == 1) {
            return population;
        }
        List<Stage> stages = new ArrayList<>(population.stages().size());
        for (Stage stage : population.stages()) {
            double target = model == InjectionModel.OPEN
                    ? stage.target() / count
                    : users((long) stage.target(), firstWithRemainder);
            stages.add(new Stage(target, stage.rampSeconds(), stage.holdSeconds()));
        }
        return new Population(stages);
    }

    private long users(long total, int firstWithRemainder) {
        long remainder = total % count;
        int position = Math.floorMod(index - firstWithRemainder, count);
        return total / count + (position < remainder ? 1 : 0);
    }
}
