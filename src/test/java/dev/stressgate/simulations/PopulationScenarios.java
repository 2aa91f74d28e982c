package dev.stressgate.simulations;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import dev.stressgate.profile.ActionSelection;
import dev.stressgate.profile.Flow;
import dev.stressgate.profile.LoadProfile;
import dev.stressgate.profile.PopulationName;
import dev.stressgate.simulations.flows.AccountSteps;
import dev.stressgate.simulations.flows.ConnectedChat;
import dev.stressgate.simulations.flows.SessionKeys;
import dev.stressgate.simulations.flows.UserFlow;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One scenario per population: sign up, then {@code session.actions} rounds of think time + flow(s). The auth
 * population repeats the auth lifecycle; social and realtime pick their flows by the mix weights (or run all of them,
 * for smoke coverage). Each flow runs in its group and a failure ends that flow, not the virtual user. With
 * {@code populations.realtime.connection: "session"} a realtime user holds its chat socket from sign-up to the end
 * of its session ({@link ConnectedChat}): its think time carries the heartbeats and its chat rounds use that socket.
 */
final class PopulationScenarios {
    private final LoadProfile profile;
    private final AccountSteps accounts;
    private final Map<Flow, UserFlow> flows;
    private final ConnectedChat connectedChat;

    /** @param connectedChat the held chat socket's steps, or null when realtime users connect per action */
    PopulationScenarios(
            LoadProfile profile, AccountSteps accounts, Map<Flow, UserFlow> flows, ConnectedChat connectedChat) {
        this.profile = profile;
        this.accounts = accounts;
        this.flows = flows;
        this.connectedChat = connectedChat;
    }

    ScenarioBuilder scenarioFor(PopulationName population) {
        ChainBuilder action = population == PopulationName.AUTH
                ? thinkThen(population, flowInGroup(Flow.AUTH))
                : profile.session().selection() == ActionSelection.ALL_FLOWS
                        ? allFlows(population)
                        : weightedFlow(population);
        ChainBuilder rounds = exec(
                repeat(profile.session().actions(), SessionKeys.ACTION_INDEX).on(action));
        if (holdsSocket(population)) {
            return scenario(population.id())
                    .exec(accounts.signUpSelf())
                    .exec(connectedChat.open())
                    .exec(rounds)
                    .exec(connectedChat.close());
        }
        return scenario(population.id()).exec(accounts.signUpSelf()).exec(rounds);
    }

    private boolean holdsSocket(PopulationName population) {
        return population == PopulationName.REALTIME && connectedChat != null;
    }

    private ChainBuilder allFlows(PopulationName population) {
        List<ChainBuilder> steps = new ArrayList<>();
        profile.mix()
                .weightsFor(population)
                .keySet()
                .forEach(flow -> steps.add(thinkThen(population, flowFor(population, flow))));
        return exec(steps);
    }

    /** One flow per round, drawn by Gatling's {@code randomSwitch} with each flow's share of the weights. */
    private ChainBuilder weightedFlow(PopulationName population) {
        Map<Flow, Integer> weights = profile.mix().weightsFor(population);
        double total = weights.values().stream().mapToInt(Integer::intValue).sum();
        List<Choice.WithWeight> choices = weights.entrySet().stream()
                .filter(weight -> weight.getValue() > 0)
                .map(weight -> percent(weight.getValue() * 100.0 / total).then(flowFor(population, weight.getKey())))
                .toList();
        return thinkThen(population, randomSwitch().on(choices));
    }

    /** Chat of a user holding its socket runs over that socket; every other flow as usual. */
    private ChainBuilder flowFor(PopulationName population, Flow flow) {
        return holdsSocket(population) && flow == Flow.CHAT_WS ? connectedChat.chatAction() : flowInGroup(flow);
    }

    private ChainBuilder flowInGroup(Flow flow) {
        UserFlow userFlow = flows.get(flow);
        return group(flow.id()).on(exitBlockOnFail().on(userFlow.chain()).exec(userFlow.afterwards()));
    }

    private ChainBuilder thinkThen(PopulationName population, ChainBuilder chain) {
        if (holdsSocket(population)) {
            return exec(connectedChat.thinkWithHeartbeats(profile.thinkTime())).exec(chain);
        }
        Duration min = Duration.ofMillis(Math.round(profile.thinkTime().minSeconds() * 1000));
        Duration max = Duration.ofMillis(Math.round(profile.thinkTime().maxSeconds() * 1000));
        return exec(pause(min, max)).exec(chain);
    }
}
