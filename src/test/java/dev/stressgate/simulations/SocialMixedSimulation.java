package dev.stressgate.simulations;

import static io.gatling.javaapi.http.HttpDsl.http;

import dev.stressgate.profile.Flow;
import dev.stressgate.profile.InjectionModel;
import dev.stressgate.profile.LoadProfile;
import dev.stressgate.profile.Population;
import dev.stressgate.profile.PopulationName;
import dev.stressgate.profile.Slo;
import dev.stressgate.run.RunRecorder;
import dev.stressgate.run.realtime.RealtimeRecorder;
import dev.stressgate.run.realtime.RealtimeStatsFile;
import dev.stressgate.simulations.flows.AccountSteps;
import dev.stressgate.simulations.flows.AuthFlow;
import dev.stressgate.simulations.flows.ChatDirectory;
import dev.stressgate.simulations.flows.ChatWsFlow;
import dev.stressgate.simulations.flows.CommentsLikesFlow;
import dev.stressgate.simulations.flows.ConnectedChat;
import dev.stressgate.simulations.flows.DmsFlow;
import dev.stressgate.simulations.flows.FeedFlow;
import dev.stressgate.simulations.flows.FriendsFlow;
import dev.stressgate.simulations.flows.GameWsFlow;
import dev.stressgate.simulations.flows.PostsFlow;
import dev.stressgate.simulations.flows.SignedUpAccounts;
import dev.stressgate.simulations.flows.UserFlow;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The mixed social workload: the auth, social and realtime populations of the selected profile ({@code -Dprofile})
 * against {@code BASE_URL}, with the profile's SLOs as assertions. Run files land in the run directory.
 */
public class SocialMixedSimulation extends Simulation {
    private static final Duration REALTIME_SAMPLE_INTERVAL = Duration.ofSeconds(1);
    /** Frames a socket keeps for the fan-out reader between two looks (heartbeats or actions). */
    private static final int UNMATCHED_FRAMES_KEPT = 1_000;

    private final RunSetup setup = RunSetup.resolve();
    private final RealtimeRecorder realtime;
    private RunRecorder recorder;

    public SocialMixedSimulation() {
        LoadProfile profile = setup.profile().profile();
        realtime = new RealtimeRecorder(
                profile.realtimeConnection().mode().id(), Clock.systemUTC(), REALTIME_SAMPLE_INTERVAL);
        AccountSteps accounts = new AccountSteps(new SignedUpAccounts());
        ConnectedChat connectedChat = profile.realtimeConnection().heldForSession()
                ? new ConnectedChat(accounts, new ChatDirectory(), realtime, profile.realtimeConnection())
                : null;
        PopulationScenarios scenarios =
                new PopulationScenarios(profile, accounts, flows(accounts, realtime), connectedChat);
        List<PopulationBuilder> populations = new ArrayList<>();
        for (PopulationName name : PopulationName.values()) {
            Population population = profile.population(name);
            if (population.isActive()) {
                populations.add(
                        profile.model() == InjectionModel.CLOSED
                                ? scenarios.scenarioFor(name).injectClosed(ProfileInjection.closed(population))
                                : scenarios.scenarioFor(name).injectOpen(ProfileInjection.open(population)));
            }
        }
        SetUp setUp = setUp(populations).protocols(protocol(setup)).assertions(SloAssertions.of(profile));
        profile.maxDuration().ifPresent(seconds -> setUp.maxDuration(Duration.ofSeconds(seconds)));
        List<Slo> reportOnly = SloAssertions.reportOnly(profile);
        System.out.println("Stressgate run " + setup.directory().path() + ": profile " + profile.name()
                + " against " + setup.settings().baseUrl()
                + (reportOnly.isEmpty()
                        ? ""
                        : "; SLOs judged by the report: "
                                + reportOnly.stream()
                                        .map(slo -> slo.metric().id() + "@" + slo.scope())
                                        .collect(Collectors.joining(", "))));
    }

    static Map<Flow, UserFlow> flows(AccountSteps accounts, RealtimeRecorder realtime) {
        Map<Flow, UserFlow> flows = new EnumMap<>(Flow.class);
        List.of(
                        new AuthFlow(),
                        new FeedFlow(),
                        new PostsFlow(),
                        new CommentsLikesFlow(),
                        new FriendsFlow(accounts),
                        new DmsFlow(accounts),
                        new ChatWsFlow(accounts),
                        new GameWsFlow(accounts, realtime))
                .forEach(flow -> flows.put(flow.flow(), flow));
        return flows;
    }

    /** HTTP + WebSocket protocol for the target: JSON, and a fresh {@code X-Request-Id} on every request. */
    static HttpProtocolBuilder protocol(RunSetup setup) {
        String baseUrl = setup.settings().baseUrl().toString();
        return http.baseUrl(baseUrl)
                .wsBaseUrl(baseUrl.replaceFirst("^http", "ws"))
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .header("X-Request-Id", session -> UUID.randomUUID().toString())
                .userAgentHeader("stressgate-gatling")
                .wsUnmatchedInboundMessageBufferSize(UNMATCHED_FRAMES_KEPT)
                .disableCaching();
    }

    @Override
    public void before() {
        recorder = setup.startRecording(getClass());
        realtime.start();
    }

    @Override
    public void after() {
        if (setup.profile().profile().population(PopulationName.REALTIME).isActive()) {
            RealtimeStatsFile.write(setup.directory().realtimeJson(), realtime.finish());
        }
        realtime.close();
        if (recorder != null) {
            recorder.finish();
        }
    }
}
