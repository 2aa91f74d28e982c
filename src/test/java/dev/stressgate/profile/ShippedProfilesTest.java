package dev.stressgate.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.simulations.flows.FlowCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShippedProfilesTest {
    private final ProfileLoader loader = new ProfileLoader(FlowCatalogue.SOCIAL.knownFlows());

    static List<String> shipped() {
        return new ProfileLoader(FlowCatalogue.SOCIAL.knownFlows()).available();
    }

    @Test
    void everyAdvertisedProfileIsShipped() {
        assertThat(shipped())
                .containsExactlyInAnyOrder(
                        "smoke",
                        "low",
                        "medium",
                        "high",
                        "extreme",
                        "spike",
                        "soak",
                        "breakpoint",
                        "chaos",
                        "connected");
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void loadsAndSurvivesARoundTripThroughProfileJson(String name, @TempDir Path dir) throws Exception {
        LoadedProfile loaded = loader.load(name);
        assertThat(loaded.profile().name()).isEqualTo(name);
        assertThat(loaded.source())
                .isEqualTo(Path.of("profiles", name + ".json").toString());
        assertThat(loaded.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256")
                                .digest(Files.readAllBytes(Path.of("profiles", name + ".json")))));

        Path copy = dir.resolve(name + ".json");
        Files.write(copy, new ProfileWriter().toBytes(loaded.profile()));
        assertThat(loader.load(copy).profile()).isEqualTo(loaded.profile());
    }

    @Test
    void seedProfilesCarryTheSeedNumbers() {
        Map<String, List<Integer>> seed =
                Map.of("low", List.of(25, 50, 15), "medium", List.of(50, 100, 30), "high", List.of(75, 150, 50));
        seed.forEach((name, users) -> {
            LoadProfile profile = loader.load(name).profile();
            assertThat(profile.model()).isEqualTo(InjectionModel.CLOSED);
            assertThat(List.of(PopulationName.AUTH, PopulationName.SOCIAL, PopulationName.REALTIME).stream()
                            .map(population ->
                                    (int) profile.population(population).peakTarget())
                            .toList())
                    .as(name)
                    .isEqualTo(users);
            assertThat(profile.population(PopulationName.SOCIAL).stages())
                    .containsExactly(new Stage(users.get(1), 60, 180), new Stage(0, 60, 0));
            assertThat(profile.thinkTime()).isEqualTo(new ThinkTime(10, 30));
            assertThat(profile.mix().weights())
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            "feed",
                            25,
                            "posts",
                            15,
                            "comments_likes",
                            15,
                            "friends",
                            15,
                            "dms",
                            15,
                            "chat_ws",
                            10,
                            "game_ws",
                            5));
            assertThat(profile.slos())
                    .contains(
                            new Slo(SloMetric.P95_MS, "feed", 250),
                            new Slo(SloMetric.WS_CONNECT_SUCCESS_PCT, "global", 99.0));
        });
    }

    @Test
    void smokeIsCiSizedAndCoversEveryFlow() {
        LoadProfile smoke = loader.load("smoke").profile();
        assertThat(smoke.injectionSeconds()).isLessThan(60);
        assertThat(smoke.maxDuration())
                .hasValueSatisfying(seconds -> assertThat(seconds).isLessThan(60));
        assertThat(smoke.session().selection()).isEqualTo(ActionSelection.ALL_FLOWS);
        assertThat(FlowCatalogue.SOCIAL.knownFlows().mixable())
                .allSatisfy(flow -> assertThat(smoke.mix().weight(flow)).isPositive());
        assertThat(smoke.populations().values())
                .allSatisfy(population -> assertThat(population.isActive()).isTrue());
        assertThat(smoke.thinkTime()).isEqualTo(new ThinkTime(0.5, 1.0));
    }

    @Test
    void everyProfileDeclaresWhatItTests() {
        Map<String, ProfileKind> kinds = new java.util.TreeMap<>();
        shipped().forEach(name -> kinds.put(name, loader.load(name).profile().kind()));
        assertThat(kinds)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "smoke", ProfileKind.LOAD,
                        "low", ProfileKind.LOAD,
                        "medium", ProfileKind.LOAD,
                        "high", ProfileKind.LOAD,
                        "extreme", ProfileKind.LOAD,
                        "spike", ProfileKind.SPIKE,
                        "soak", ProfileKind.SOAK,
                        "breakpoint", ProfileKind.CAPACITY,
                        "connected", ProfileKind.CAPACITY,
                        "chaos", ProfileKind.CHAOS));
    }

    @Test
    void spikeGoesFiveToHundredToTen() {
        List<Stage> social =
                loader.load("spike").profile().population(PopulationName.SOCIAL).stages();
        assertThat(social.stream().map(stage -> (int) stage.target()).toList()).containsExactly(5, 100, 10, 0);
    }

    @Test
    void breakpointIsAnOpenModelWithRisingArrivalRates() {
        LoadProfile breakpoint = loader.load("breakpoint").profile();
        assertThat(breakpoint.model()).isEqualTo(InjectionModel.OPEN);
        List<Double> rates = breakpoint.population(PopulationName.SOCIAL).stages().stream()
                .map(Stage::target)
                .toList();
        assertThat(rates).isSorted().hasSizeGreaterThan(3);
    }

    @Test
    void chaosInjectsFaultsAndJudgesResilience() throws Exception {
        LoadProfile chaos = loader.load("chaos").profile();
        assertThat(chaos.faultsToInject()).isPresent();
        assertThat(chaos.effectiveSlos()).contains(new Slo(SloMetric.SUCCESS_RATE_PCT, "global", 95.0));
        String adminJson = new ObjectMapper().writeValueAsString(new ProfileWriter().faultsJson(chaos.faults()));
        assertThat(new ObjectMapper().readTree(adminJson).fieldNames())
                .toIterable()
                .containsExactly("latency", "errors", "slow_database", "websocket_drops", "database_unavailable");
    }
}
