package dev.stressgate.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The split of a profile over N injectors; every expectation is worked out by hand in the comments. */
class LoadShareTest {

    @TempDir
    Path dir;

    @Test
    void closedUsersSplitWholeWithTheRemainderOnConsecutiveInjectorsRotatingPerPopulation() throws IOException {
        // auth 7 then 2 users, social 5, realtime 1; three injectors.
        LoadProfile profile = profile("closed", "users", "[7, 2]", "[5]", "[1]");

        // auth starts its remainder at injector 0: 7 = 3+2+2, then 2 = 1+1+0.
        // social starts at 7 mod 3 = 1: 5 = 1+2+2. realtime starts at (7+5) mod 3 = 0: 1 = 1+0+0.
        assertThat(targets(profile, 0)).containsExactly(List.of(3.0, 1.0), List.of(1.0), List.of(1.0));
        assertThat(targets(profile, 1)).containsExactly(List.of(2.0, 1.0), List.of(2.0), List.of(0.0));
        assertThat(targets(profile, 2)).containsExactly(List.of(2.0, 0.0), List.of(2.0), List.of(0.0));
    }

    @Test
    void stageDurationsStayTheSameSoAllInjectorsRampInStep() throws IOException {
        LoadProfile profile = profile("closed", "users", "[7, 2]", "[5]", "[1]");

        Population auth = new LoadShare(2, 3).populations(profile).get(PopulationName.AUTH);

        assertThat(auth.stages())
                .extracting(Stage::rampSeconds, Stage::holdSeconds)
                .containsExactly(tuple(4, 6), tuple(4, 6));
    }

    @Test
    void openRatesSplitAsRealNumbersThatAddUpToTheProfilesRate() throws IOException {
        LoadProfile profile = profile("open", "rate_per_s", "[1, 10]", "[0.5]", "[3]");

        // 1/3, 10/3, 0.5/3 and 3/3 users per second for every injector.
        for (int index = 0; index < 3; index++) {
            List<List<Double>> targets = targets(profile, index);
            assertThat(targets.get(0).get(0)).isCloseTo(0.333333333333, within(1e-9));
            assertThat(targets.get(0).get(1)).isCloseTo(3.333333333333, within(1e-9));
            assertThat(targets.get(1).get(0)).isCloseTo(0.166666666667, within(1e-9));
            assertThat(targets.get(2).get(0)).isEqualTo(1.0);
        }
        double sum = 0;
        for (int index = 0; index < 3; index++) {
            sum += targets(profile, index).get(0).get(1);
        }
        assertThat(sum).isCloseTo(10.0, within(1e-12));
    }

    @Test
    void oneInjectorGetsTheProfileUnchanged() throws IOException {
        LoadProfile profile = profile("closed", "users", "[7, 2]", "[5]", "[1]");

        assertThat(LoadShare.WHOLE.populations(profile).get(PopulationName.SOCIAL))
                .isEqualTo(profile.population(PopulationName.SOCIAL));
    }

    @Test
    void anInjectorLeftWithoutUsersIsIdle() throws IOException {
        // auth 1 user at injector 0, social 1 at injector 1 (offset 1), realtime none: injector 2 gets nothing.
        LoadProfile profile = profile("closed", "users", "[1]", "[1]", "[0]");

        assertThat(new LoadShare(0, 3).idle(profile)).isFalse();
        assertThat(new LoadShare(1, 3).idle(profile)).isFalse();
        assertThat(new LoadShare(2, 3).idle(profile)).isTrue();
    }

    @Test
    void anIndexOutsideTheCountIsRefused() {
        assertThatThrownBy(() -> new LoadShare(3, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("injector index 3 of 3");
    }

    private static List<List<Double>> targets(LoadProfile profile, int index) {
        Map<PopulationName, Population> shares = new LoadShare(index, 3).populations(profile);
        return List.of(PopulationName.values()).stream()
                .map(name ->
                        shares.get(name).stages().stream().map(Stage::target).toList())
                .toList();
    }

    /** A profile whose populations have one stage per target, each 4 s ramp + 6 s hold. */
    private LoadProfile profile(String model, String key, String auth, String social, String realtime)
            throws IOException {
        String json = """
                {"name": "split", "description": "split test", "model": "%s",
                 "populations": {"auth": {"stages": %s}, "social": {"stages": %s}, "realtime": {"stages": %s}},
                 "think_time_s": {"min": 0.5, "max": 1.0}, "session": {"actions": 1},
                 "mix": {"feed": 50, "chat_ws": 50}, "slos": []}
                """.formatted(model, stages(key, auth), stages(key, social), stages(key, realtime));
        Path file = dir.resolve("split-" + model + ".json");
        Files.writeString(file, json);
        return ProfileLoader.ofRecordedRun().load(file).profile();
    }

    private static String stages(String key, String targets) {
        return List.of(targets.substring(1, targets.length() - 1).split(",\\s*")).stream()
                .map(target -> "{\"" + key + "\": " + target + ", \"ramp_s\": 4, \"hold_s\": 6}")
                .reduce((a, b) -> a + ", " + b)
                .map(all -> "[" + all + "]")
                .orElseThrow();
    }
}
