package dev.stressgate.simulations;

import static io.gatling.javaapi.http.HttpDsl.http;

import dev.stressgate.live.LiveRun;
import dev.stressgate.profile.InjectionModel;
import dev.stressgate.profile.LoadProfile;
import dev.stressgate.profile.LoadShare;
import dev.stressgate.profile.Population;
import dev.stressgate.profile.PopulationName;
import dev.stressgate.profile.Slo;
import dev.stressgate.run.RunRecorder;
import dev.stressgate.run.realtime.RealtimeRecorder;
import dev.stressgate.run.realtime.RealtimeStatsFile;
import dev.stressgate.simulations.flows.AccountSteps;
import dev.stressgate.simulations.flows.ChatDirectory;
import dev.stressgate.simulations.flows.ConnectedChat;
import dev.stressgate.simulations.flows.Feeders;
import dev.stressgate.simulations.flows.FlowCatalogue;
import dev.stressgate.simulations.flows.FlowContext;
import dev.stressgate.simulations.flows.SignedUpAccounts;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The mixed social workload: the auth, social and realtime populations of the selected profile ({@code -Dprofile})
 * against {@code BASE_URL}, running the flows of {@link #CATALOGUE} (a subclass may declare and pass another),
 * with the profile's SLOs as assertions. Run files land in the run directory.
 */
public class SocialMixedSimulation extends Simulation {
    /** The flows this simulation runs, for a launcher to check the profile against ({@link FlowCatalogue#of}). */
    public static final FlowCatalogue CATALOGUE = FlowCatalogue.SOCIAL;

    private static final Duration REALTIME_SAMPLE_INTERVAL = Duration.ofSeconds(1);
    /** Frames a socket keeps for the fan-out reader between two looks (heartbeats or actions). */
    private static final int UNMATCHED_FRAMES_KEPT = 1_000;

    private final FlowCatalogue catalogue;
    private final RunSetup setup;
    private final RealtimeRecorder realtime;
    private RunRecorder recorder;
    private volatile LiveRun live;

    public SocialMixedSimulation() {
        this(CATALOGUE);
    }

    /** A simulation of another catalogue; a subclass declares it as its own {@code CATALOGUE} field too. */
    protected SocialMixedSimulation(FlowCatalogue catalogue) {
        this.catalogue = catalogue;
        this.setup = RunSetup.resolve(catalogue);
        LoadProfile profile = setup.profile().profile();
        LoadShare share = setup.loadShare();
        realtime = new RealtimeRecorder(
                profile.realtimeConnection().mode().id(), Clock.systemUTC(), REALTIME_SAMPLE_INTERVAL);
        AccountSteps accounts = new AccountSteps(new SignedUpAccounts(), Feeders.accountNamespace(share));
        ConnectedChat connectedChat = profile.realtimeConnection().heldForSession()
                ? new ConnectedChat(accounts, new ChatDirectory(), realtime, profile.realtimeConnection())
                : null;
        PopulationScenarios scenarios = new PopulationScenarios(
                profile,
                new FlowContext(accounts, realtime),
                catalogue,
                connectedChat,
                () -> live != null && live.abortRequested());
        List<PopulationBuilder> populations = new ArrayList<>();
        Map<PopulationName, Population> shares = share.populations(profile);
        for (PopulationName name : PopulationName.values()) {
            Population population = shares.get(name);
            if (population.isActive()) {
                populations.add(
                        profile.model() == InjectionModel.CLOSED
                                ? scenarios.scenarioFor(name).injectClosed(ProfileInjection.closed(population))
                                : scenarios.scenarioFor(name).injectOpen(ProfileInjection.open(population)));
            }
        }
        // One injector of several sees only its share: its exit status must not fail the run (a Kubernetes index
        // that exits non-zero fails the Job), so the merged report alone judges the SLOs of a shared run.
        boolean shared = share.count() > 1;
        SetUp setUp = setUp(populations)
                .protocols(protocol(setup))
                .assertions(shared ? List.of() : SloAssertions.of(profile, catalogue));
        profile.maxDuration().ifPresent(seconds -> setUp.maxDuration(Duration.ofSeconds(seconds)));
        List<Slo> reportOnly = shared ? profile.effectiveSlos() : SloAssertions.reportOnly(profile, catalogue);
        System.out.println("Stressgate run " + setup.directory().path() + ": profile " + profile.name() + " ("
                + profile.kind().id() + ")"
                + (share.count() > 1 ? " (injector " + share.index() + " of " + share.count() + "'s share)" : "")
                + " against " + setup.settings().baseUrl()
                + (reportOnly.isEmpty()
                        ? ""
                        : "; SLOs judged by the report: "
                                + reportOnly.stream()
                                        .map(slo -> slo.metric().id() + "@" + slo.scope())
                                        .collect(Collectors.joining(", "))));
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
        recorder = setup.startRecording(getClass(), catalogue);
        realtime.start();
        live = setup.startLive(catalogue, realtime::openSockets);
    }

    @Override
    public void after() {
        try {
            if (live != null && recorder != null) {
                setup.finishLive(live, recorder);
            }
            if (setup.profile().profile().population(PopulationName.REALTIME).isActive()) {
                RealtimeStatsFile.write(setup.directory().realtimeJson(), realtime.finish());
            }
        } finally {
            realtime.close();
            if (recorder != null) {
                recorder.finish();
            }
        }
    }
}
