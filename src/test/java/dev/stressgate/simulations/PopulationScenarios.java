package dev.stressgate.simulations;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.stopLoadGeneratorIf;

import dev.stressgate.profile.ActionSelection;
import dev.stressgate.profile.LoadProfile;
import dev.stressgate.profile.PopulationName;
import dev.stressgate.simulations.flows.AccountSteps;
import dev.stressgate.simulations.flows.FlowCatalogue;
import dev.stressgate.simulations.flows.SessionKeys;
import dev.stressgate.simulations.flows.UserFlow;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * One scenario per population: sign up, then {@code session.actions} rounds of think time + flow(s). The auth
 * population repeats its lifecycle flow(s) of the catalogue; social and realtime pick their flows by the mix weights
 * (or run all of them, for smoke coverage). Each flow runs in its group and a failure ends that flow, not the virtual user.
 * At its start and before every round a user checks whether the run was asked to stop ({@code abort_when}) and, if
 * so, stops the load generator.
 */
final class PopulationScenarios {
    private final LoadProfile profile;
    private final AccountSteps accounts;
    private final FlowCatalogue catalogue;
    private final Map<String, UserFlow> flows;
    private final BooleanSupplier stopRequested;

    PopulationScenarios(LoadProfile profile, AccountSteps accounts, FlowCatalogue catalogue) {
        this(profile, accounts, catalogue, () -> false);
    }

    PopulationScenarios(
            LoadProfile profile, AccountSteps accounts, FlowCatalogue catalogue, BooleanSupplier stopRequested) {
        this.profile = profile;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.flows = catalogue.build(accounts);
        this.stopRequested = stopRequested;
    }

    ScenarioBuilder scenarioFor(PopulationName population) {
        ChainBuilder action = population == PopulationName.AUTH
                ? thinkThen(exec(catalogue.knownFlows().of(PopulationName.AUTH).stream()
                        .map(this::flowInGroup)
                        .toList()))
                : profile.session().selection() == ActionSelection.ALL_FLOWS
                        ? allFlows(population)
                        : weightedFlow(population);
        return scenario(population.id())
                .exec(stopIfAsked())
                .exec(accounts.signUpSelf())
                .exec(repeat(profile.session().actions(), SessionKeys.ACTION_INDEX)
                        .on(action));
    }

    private ChainBuilder allFlows(PopulationName population) {
        List<ChainBuilder> steps = new ArrayList<>();
        profile.mix()
                .weightsFor(population, catalogue.knownFlows())
                .keySet()
                .forEach(flow -> steps.add(thinkThen(flowInGroup(flow))));
        return exec(steps);
    }

    /** One flow per round, drawn by Gatling's {@code randomSwitch} with each flow's share of the weights. */
    private ChainBuilder weightedFlow(PopulationName population) {
        Map<String, Integer> weights = profile.mix().weightsFor(population, catalogue.knownFlows());
        double total = weights.values().stream().mapToInt(Integer::intValue).sum();
        List<Choice.WithWeight> choices = weights.entrySet().stream()
                .filter(weight -> weight.getValue() > 0)
                .map(weight -> percent(weight.getValue() * 100.0 / total).then(flowInGroup(weight.getKey())))
                .toList();
        return thinkThen(randomSwitch().on(choices));
    }

    private ChainBuilder flowInGroup(String flow) {
        return group(flow).on(exitBlockOnFail().on(flows.get(flow).chain()));
    }

    private ChainBuilder thinkThen(ChainBuilder chain) {
        Duration min = Duration.ofMillis(Math.round(profile.thinkTime().minSeconds() * 1000));
        Duration max = Duration.ofMillis(Math.round(profile.thinkTime().maxSeconds() * 1000));
        return exec(stopIfAsked()).exec(pause(min, max)).exec(chain);
    }

    private ChainBuilder stopIfAsked() {
        return exec(stopLoadGeneratorIf("abort_when of the profile held", session -> stopRequested.getAsBoolean()));
    }
}
