package dev.stressgate.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stressgate.simulations.flows.FlowCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of broken profile fails with the file, the field and what was expected. */
class InvalidProfileTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The flows of the reference workload, as its catalogue declares them. */
    private static final KnownFlows FLOWS = FlowCatalogue.SOCIAL.knownFlows();

    @TempDir
    Path dir;

    /** A minimal valid closed-model profile that each test breaks in one place. */
    private ObjectNode valid() {
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("phases").put("ramp_up_s", 1).put("hold_s", 2).put("ramp_down_s", 1);
        ObjectNode populations = root.putObject("populations");
        populations.putObject("auth").put("users", 1);
        populations.putObject("social").put("users", 2);
        populations.putObject("realtime").put("users", 1);
        root.putObject("think_time_s").put("min", 1).put("max", 2);
        root.putObject("mix").put("feed", 1).put("chat_ws", 1);
        ArrayNode slos = root.putArray("slos");
        slos.addObject().put("metric", "p95_ms").put("max", 300);
        return root;
    }

    private String errorFor(Consumer<ObjectNode> breakIt) throws Exception {
        return errorFor(breakIt, FLOWS);
    }

    private String errorFor(Consumer<ObjectNode> breakIt, KnownFlows flows) throws Exception {
        ObjectNode profile = valid();
        breakIt.accept(profile);
        Path file = dir.resolve("x.json");
        Files.writeString(file, MAPPER.writeValueAsString(profile));
        ProfileLoader loader = new ProfileLoader(dir, flows);
        return catchThrowableOfType(ProfileException.class, () -> loader.load(file))
                .getMessage();
    }

    private String file() {
        return dir.resolve("x.json").toString();
    }

    @Test
    void theUnbrokenBaseProfileLoads() throws Exception {
        Path file = dir.resolve("ok.json");
        Files.writeString(file, MAPPER.writeValueAsString(valid()));
        LoadProfile profile = new ProfileLoader(dir, FLOWS).load("ok").profile();
        assertThat(profile.name()).isEqualTo("ok");
        assertThat(profile.session()).isEqualTo(new SessionPlan(10, ActionSelection.WEIGHTED));
        assertThat(profile.slos()).containsExactly(new Slo(SloMetric.P95_MS, "global", 300));
        assertThat(profile.kind()).as("no kind field: a load test").isEqualTo(ProfileKind.LOAD);
    }

    @Test
    void kindIsReadAndAnUnknownOneNamesTheAllowedValues() throws Exception {
        ObjectNode soak = valid().put("kind", "soak");
        Files.writeString(dir.resolve("long.json"), MAPPER.writeValueAsString(soak));
        assertThat(new ProfileLoader(dir, FLOWS).load("long").profile().kind()).isEqualTo(ProfileKind.SOAK);

        assertThat(errorFor(p -> p.put("kind", "stress")))
                .isEqualTo(file() + ": kind: expected one of load, spike, soak, capacity, chaos, got \"stress\"");
    }

    @Test
    void theMixIsCheckedAgainstTheFlowsOfTheWorkloadPassedIn() throws Exception {
        Map<String, PopulationName> other = new LinkedHashMap<>();
        other.put("login", PopulationName.AUTH);
        other.put("browse", PopulationName.SOCIAL);
        other.put("live", PopulationName.REALTIME);
        KnownFlows otherWorkload = KnownFlows.of(other);
        Consumer<ObjectNode> otherMix = p -> {
            p.putObject("mix").put("browse", 3).put("live", 1);
            ((ArrayNode) p.get("slos"))
                    .addObject()
                    .put("metric", "p99_ms")
                    .put("scope", "live")
                    .put("max", 900);
        };

        assertThat(errorFor(p -> {}, otherWorkload))
                .isEqualTo(file() + ": mix.feed: unknown flow; expected one of browse, live");
        Path file = dir.resolve("other.json");
        ObjectNode profile = valid();
        otherMix.accept(profile);
        Files.writeString(file, MAPPER.writeValueAsString(profile));
        assertThat(new ProfileLoader(dir, otherWorkload)
                        .load("other")
                        .profile()
                        .mix()
                        .weights())
                .containsExactly(Map.entry("browse", 3), Map.entry("live", 1));
        assertThat(errorFor(otherMix))
                .as("the reference workload has no flow 'browse'")
                .startsWith(file() + ": mix.browse: unknown flow");
        assertThat(errorFor(p -> ((ArrayNode) p.get("slos"))
                        .addObject()
                        .put("metric", "p99_ms")
                        .put("scope", "live")
                        .put("max", 900)))
                .isEqualTo(file() + ": slos[1].scope: expected one of global, auth, feed, posts, comments_likes, "
                        + "friends, dms, chat_ws, game_ws for metric p99_ms, got \"live\"");
    }

    @Test
    void aRecordedRunsProfileIsReadWithoutAWorkload() throws Exception {
        ObjectNode profile = valid();
        profile.putObject("mix").put("browse", 3);
        Path file = dir.resolve("profile.json");
        Files.writeString(file, MAPPER.writeValueAsString(profile));

        assertThat(ProfileLoader.ofRecordedRun().load(file).profile().mix().weights())
                .containsExactly(Map.entry("browse", 3));
    }

    @Test
    void realtimeConnectionDefaultsToAHeldSessionAndRejectsUnknownModes() throws Exception {
        Path file = dir.resolve("ok.json");
        Files.writeString(file, MAPPER.writeValueAsString(valid()));
        assertThat(new ProfileLoader(dir, FLOWS).load("ok").profile().realtimeConnection())
                .isEqualTo(new RealtimeConnection(ConnectionMode.SESSION, 20, 30));

        assertThat(errorFor(p -> ((ObjectNode) p.get("populations").get("realtime")).put("connection", "always")))
                .isEqualTo(file() + ": populations.realtime.connection: expected one of session, per_action, got"
                        + " \"always\"");
        assertThat(errorFor(p -> ((ObjectNode) p.get("populations").get("realtime")).put("heartbeat_s", 0)))
                .isEqualTo(file() + ": populations.realtime.heartbeat_s: expected an integer >= 1, got 0");
        assertThat(errorFor(p -> ((ObjectNode) p.get("populations").get("social")).put("connection", "session")))
                .startsWith(file() + ": populations.social.connection: ");
    }

    @Test
    void wrongTypeNamesFieldExpectationAndValue() throws Exception {
        assertThat(errorFor(p -> ((ObjectNode) p.get("populations").get("social")).put("users", "ten")))
                .isEqualTo(file() + ": populations.social.users: expected an integer >= 0, got \"ten\"");
    }

    @Test
    void negativeNumber() throws Exception {
        assertThat(errorFor(p -> ((ObjectNode) p.get("phases")).put("hold_s", -5)))
                .isEqualTo(file() + ": phases.hold_s: expected an integer >= 0, got -5");
    }

    @Test
    void fractionalUserCount() throws Exception {
        assertThat(errorFor(p -> ((ObjectNode) p.get("populations").get("auth")).put("users", 1.5)))
                .isEqualTo(file() + ": populations.auth.users: expected an integer >= 0, got 1.5");
    }

    @Test
    void missingField() throws Exception {
        assertThat(errorFor(p -> p.remove("think_time_s")))
                .isEqualTo(file()
                        + ": think_time_s: expected an object with min and max seconds, got nothing (field missing)");
        assertThat(errorFor(p -> ((ObjectNode) p.get("think_time_s")).remove("max")))
                .isEqualTo(file() + ": think_time_s.max: expected a number >= 0, got nothing (field missing)");
    }

    @Test
    void missingPhasesWhenPopulationsGiveOnlyUsers() throws Exception {
        assertThat(errorFor(p -> p.remove("phases")))
                .startsWith(file() + ": phases: expected an object with "
                        + "ramp_up_s, hold_s, ramp_down_s (needed by populations.auth.users), got nothing");
    }

    @Test
    void thinkTimeMinAboveMax() throws Exception {
        assertThat(errorFor(
                        p -> ((ObjectNode) p.get("think_time_s")).put("min", 5).put("max", 2)))
                .isEqualTo(file() + ": think_time_s: min (5) is greater than max (2)");
    }

    @Test
    void unknownMetric() throws Exception {
        assertThat(errorFor(p -> ((ObjectNode) p.get("slos").get(0)).put("metric", "p97_ms")))
                .startsWith(file() + ": slos[0].metric: expected one of p50_ms, p75_ms, p95_ms")
                .endsWith(", got \"p97_ms\"");
    }

    @Test
    void wrongBoundForMetric() throws Exception {
        assertThat(errorFor(p -> ((ObjectNode) p.get("slos").get(0)).remove("max")))
                .isEqualTo(file() + ": slos[0].max: expected a number >= 0, got nothing (field missing)");
        assertThat(errorFor(p -> ((ArrayNode) p.get("slos"))
                        .addObject()
                        .put("metric", "ws_connect_success_pct")
                        .put("max", 99)))
                .isEqualTo(file() + ": slos[1].max: ws_connect_success_pct takes min, not max");
    }

    @Test
    void percentageOutOfRange() throws Exception {
        assertThat(errorFor(p -> ((ArrayNode) p.get("slos"))
                        .addObject()
                        .put("metric", "error_rate_pct")
                        .put("max", 120)))
                .isEqualTo(file() + ": slos[1].max: expected a number between 0 and 100, got 120");
    }

    @Test
    void scopeNotAllowedForMetric() throws Exception {
        assertThat(errorFor(p -> ((ArrayNode) p.get("slos"))
                        .addObject()
                        .put("metric", "chat_delivery_p95_ms")
                        .put("scope", "feed")
                        .put("max", 5)))
                .isEqualTo(file()
                        + ": slos[1].scope: expected one of global for metric chat_delivery_p95_ms, got \"feed\"");
        assertThat(errorFor(p -> ((ObjectNode) p.get("slos").get(0)).put("scope", "fed")))
                .startsWith(file() + ": slos[0].scope: expected one of global, auth, feed, posts");
    }

    @Test
    void duplicateSlo() throws Exception {
        assertThat(errorFor(p -> ((ArrayNode) p.get("slos"))
                        .addObject()
                        .put("metric", "p95_ms")
                        .put("max", 200)))
                .isEqualTo(file() + ": slos[1]: duplicate SLO for metric p95_ms and scope global");
    }

    @Test
    void unknownFlowInMix() throws Exception {
        assertThat(errorFor(p -> ((ObjectNode) p.get("mix")).put("stories", 3)))
                .isEqualTo(file() + ": mix.stories: unknown flow; expected one of feed, posts, comments_likes, "
                        + "friends, dms, chat_ws, game_ws");
    }

    @Test
    void activePopulationWithoutAnyOfItsFlows() throws Exception {
        assertThat(errorFor(p -> ((ObjectNode) p.get("mix")).remove("chat_ws")))
                .isEqualTo(file() + ": mix: population realtime injects users but none of its flows "
                        + "(chat_ws, game_ws) has a weight above 0");
    }

    @Test
    void openAndClosedMixed() throws Exception {
        assertThat(errorFor(p -> p.put("model", "open")))
                .isEqualTo(file() + ": populations.auth.users: belongs to the closed model, but this profile's "
                        + "model is open; use rate_per_s (one model per profile)");
        assertThat(errorFor(p -> ((ObjectNode) p.get("populations").get("social")).put("rate_per_s", 2)))
                .isEqualTo(file() + ": populations.social.rate_per_s: belongs to the open model, but this profile's "
                        + "model is closed; use users (one model per profile)");
    }

    @Test
    void bothUsersAndStages() throws Exception {
        assertThat(errorFor(p -> ((ObjectNode) p.get("populations").get("social"))
                        .putArray("stages")
                        .addObject()
                        .put("users", 3)))
                .isEqualTo(file() + ": populations.social: expected exactly one of users or stages");
    }

    @Test
    void unknownModel() throws Exception {
        assertThat(errorFor(p -> p.put("model", "closd")))
                .isEqualTo(file() + ": model: expected one of closed, open, got \"closd\"");
    }

    @Test
    void typoInFieldName() throws Exception {
        assertThat(errorFor(p -> p.put("think_time", 3)))
                .startsWith(file() + ": think_time: unknown field; expected one of name, description, kind, model");
    }

    @Test
    void noActivePopulation() throws Exception {
        assertThat(errorFor(p -> p.get("populations").forEach(population -> ((ObjectNode) population).put("users", 0))))
                .isEqualTo(
                        file() + ": populations: no population injects any user; give at least one a target above 0");
    }

    @Test
    void faultShareOutOfRange() throws Exception {
        assertThat(errorFor(p -> p.putObject("faults").putObject("errors").put("share", 5)))
                .isEqualTo(file() + ": faults.errors.share: expected a number between 0 and 1, got 5");
        assertThat(errorFor(p -> p.putObject("faults")
                        .putObject("websocket_drops")
                        .put("share", 0.1)
                        .putArray("channels")
                        .add("voice")))
                .isEqualTo(file() + ": faults.websocket_drops.channels[0]: expected one of chat, game, got \"voice\"");
    }

    @Test
    void theMatrixFaultsAreRangeChecked() throws Exception {
        assertThat(errorFor(p -> p.putObject("faults")
                        .putObject("errors")
                        .put("share", 0.1)
                        .put("from_s", 30)
                        .put("until_s", 10)))
                .isEqualTo(file() + ": faults.errors.until_s: expected a number of seconds after from_s (30), got 10");
        assertThat(errorFor(p -> p.putObject("faults").putObject("memory_leak").put("kib_per_request", 0)))
                .isEqualTo(file() + ": faults.memory_leak.kib_per_request: expected an integer >= 1, got 0");
        assertThat(errorFor(p -> p.putObject("faults").putObject("cpu_burn").put("millis_per_request", 20_000)))
                .isEqualTo(file()
                        + ": faults.cpu_burn.millis_per_request: expected an integer between 1 and 10000, got 20000");
        assertThat(errorFor(p -> p.putObject("faults")
                        .putObject("rate_limit")
                        .put("requests", 30)
                        .put("burst", 2)))
                .startsWith(file() + ": faults.rate_limit.burst: ");
    }

    @Test
    void invalidJsonGivesLineAndColumn() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"name\": \"x\",\n  \"model\" \"closed\"\n}");
        assertThatThrownBy(() -> new ProfileLoader(dir, FLOWS).load("broken"))
                .isInstanceOf(ProfileException.class)
                .hasMessageStartingWith(file + ": not valid JSON at line 3, column");
    }

    @Test
    void unknownProfileNameListsTheAvailableOnes() throws Exception {
        Files.writeString(dir.resolve("alpha.json"), "{}");
        Files.writeString(dir.resolve("beta.json"), "{}");
        assertThatThrownBy(() -> new ProfileLoader(dir, FLOWS).load("gamma"))
                .isInstanceOf(ProfileException.class)
                .hasMessage("unknown profile 'gamma' (no " + dir.resolve("gamma.json") + "); available: alpha, beta");
    }

    @Test
    void missingProfilePath() {
        assertThatThrownBy(() -> new ProfileLoader(dir, FLOWS).load("nowhere/x.json"))
                .hasMessage("nowhere/x.json: no such profile file");
    }
}
