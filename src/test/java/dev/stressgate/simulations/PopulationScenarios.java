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
import dev.stressgate.simulations.flows.ConnectedChat;
import dev.stressgate.simulations.flows.FlowCatalogue;
import dev.stressgate.simulations.flows.FlowContext;
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
 * (or run all of them, for smoke coverage). Each flow runs in its group and a failure ends that flow, not the virtual
 * user. With {@code populations.realtime.connection: "session"} a realtime user holds its chat socket from sign-up to
 * the end of its session ({@link ConnectedChat}): its think time carries the heartbeats and its chat rounds use that
 * socket. At its start and before every round a user checks whether the run was asked to stop ({@code abort_when})
 * and, if so, stops the load generator.
 */
final class PopulationScenarios {
    private final LoadProfile profile;
    private final AccountSteps accounts;
    private final FlowCatalogue catalogue;
    private final Map<String, UserFlow> flows;
    private final ConnectedChat connectedChat;
    private final BooleanSupplier stopRequested;

    /**
     * @param connectedChat the held chat socket's steps, or null when realtime users connect per action
     * @param stopRequested whether an {@code abort_when} condition asked the run to stop
     */
    PopulationScenarios(
            LoadProfile profile,
            FlowContext context,
            FlowCatalogue catalogue,
            ConnectedChat connectedChat,
            BooleanSupplier stopRequested) {
        this.profile = profile;
        this.accounts = context.accounts();
        this.catalogue = catalogue;
        this.flows = catalogue.build(context);
        this.connectedChat = connectedChat;
        this.stopRequested = stopRequested;
    }

    ScenarioBuilder scenarioFor(PopulationName population) {
        ChainBuilder action = population == PopulationName.AUTH
                ? thinkThen(
                        population,
                        exec(catalogue.knownFlows().of(PopulationName.AUTH).stream()
                                .map(this::flowInGroup)
                                .toList()))
                : profile.session().selection() == ActionSelection.ALL_FLOWS
                        ? allFlows(population)
                        : weightedFlow(population);
        ChainBuilder rounds = exec(
                repeat(profile.session().actions(), SessionKeys.ACTION_INDEX).on(action));
        if (holdsSocket(population)) {
            return scenario(population.id())
                    .exec(stopIfAsked())
                    .exec(accounts.signUpSelf())
                    .exec(connectedChat.open())
                    .exec(rounds)
                    .exec(connectedChat.close());
        }
        return scenario(population.id())
                .exec(stopIfAsked())
                .exec(accounts.signUpSelf())
                .exec(rounds);
    }

    private boolean holdsSocket(PopulationName population) {
        return population == PopulationName.REALTIME && connectedChat != null;
    }

    private ChainBuilder allFlows(PopulationName population) {
        List<ChainBuilder> steps = new ArrayList<>();
        profile.mix()
                .weightsFor(population, catalogue.knownFlows())
                .keySet()
                .forEach(flow -> steps.add(thinkThen(population, flowFor(population, flow))));
        return exec(steps);
    }

    /** One flow per round, drawn by Gatling's {@code randomSwitch} with each flow's share of the weights. */
    private ChainBuilder weightedFlow(PopulationName population) {
        Map<String, Integer> weights = profile.mix().weightsFor(population, catalogue.knownFlows());
        double total = weights.values().stream().mapToInt(Integer::intValue).sum();
        List<Choice.WithWeight> choices = weights.entrySet().stream()
                .filter(weight -> weight.getValue() > 0)
                .map(weight -> percent(weight.getValue() * 100.0 / total).then(flowFor(population, weight.getKey())))
                .toList();
        return thinkThen(population, randomSwitch().on(choices));
    }

    /** Chat of a user holding its socket runs over that socket; every other flow as usual. */
    private ChainBuilder flowFor(PopulationName population, String flow) {
        return holdsSocket(population) && flow.equals(connectedChat.flow())
                ? connectedChat.chatAction()
                : flowInGroup(flow);
    }

    private ChainBuilder flowInGroup(String flow) {
        UserFlow userFlow = flows.get(flow);
        return group(flow).on(exitBlockOnFail().on(userFlow.chain()).exec(userFlow.afterwards()));
    }

    private ChainBuilder thinkThen(PopulationName population, ChainBuilder chain) {
        if (holdsSocket(population)) {
            return exec(stopIfAsked())
                    .exec(connectedChat.thinkWithHeartbeats(profile.thinkTime()))
                    .exec(chain);
        }
        Duration min = Duration.ofMillis(Math.round(profile.thinkTime().minSeconds() * 1000));
        Duration max = Duration.ofMillis(Math.round(profile.thinkTime().maxSeconds() * 1000));
        return exec(stopIfAsked()).exec(pause(min, max)).exec(chain);
    }

    private ChainBuilder stopIfAsked() {
        return exec(stopLoadGeneratorIf("abort_when of the profile held", session -> stopRequested.getAsBoolean()));
    }
}
