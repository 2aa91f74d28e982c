package dev.stressgate.simulations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stressgate.config.Environment;
import dev.stressgate.profile.ProfileException;
import dev.stressgate.run.RunDirectory;
import dev.stressgate.run.RunSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing the run directory before Gatling starts; the runs themselves are in SmokeSimulationIT. */
class GatlingLauncherTest {
    private static final Instant START = Instant.parse("2026-11-28T09:15:30Z");

    @TempDir
    Path root;

    private RunSettings settings(String... keyValues) {
        Properties properties = new Properties();
        properties.setProperty("artifact.dir", root.resolve("runs").toString());
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return RunSettings.from(Environment.of(Map.of(), properties));
    }

    @Test
    void aProfileGivenByAbsolutePathNamesTheRunAfterTheProfilesName() throws Exception {
        Path file = Files.createDirectories(root.resolve("elsewhere")).resolve("x.json");
        Files.writeString(
                file,
                Files.readString(Path.of("profiles", "smoke.json"))
                        .replace("\"name\": \"smoke\"", "\"name\": \"nightly-check\""));

        RunDirectory directory = GatlingLauncher.createRunDirectory(
                settings("profile", file.toAbsolutePath().toString()), START);

        assertThat(directory.path())
                .isEqualTo(root.resolve("runs").resolve("20261128T091530Z-nightly-check"))
                .isDirectory();
    }

    @Test
    void runNameOverridesTheProfilesName() {
        RunDirectory directory =
                GatlingLauncher.createRunDirectory(settings("profile", "low", "run.name", "canary"), START);

        assertThat(directory.runId()).isEqualTo("20261128T091530Z-canary");
    }

    @Test
    void aMistypedProfileCreatesNothingAndListsTheAvailableNames() {
        assertThatThrownBy(() -> GatlingLauncher.createRunDirectory(settings("profile", "hihg"), START))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("unknown profile 'hihg'")
                .hasMessageMatching(".*available: .*\\bhigh\\b.*\\bsmoke\\b.*");
        assertThat(root.resolve("runs")).doesNotExist();
    }

    @Test
    void anUnsafeRunNameCreatesNothing() {
        assertThatThrownBy(
                        () -> GatlingLauncher.createRunDirectory(settings("profile", "low", "run.name", "a b"), START))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("run name 'a b'");
        assertThat(root.resolve("runs")).doesNotExist();
    }

    @Test
    void aRunThatCannotStartLeavesNoRunDirectoryAndSaysSo() {
        Path runs = root.resolve("runs");

        assertThatThrownBy(() -> GatlingLauncher.run(
                        SocialMixedSimulation.class, Map.of("profile", "hihg", "artifact.dir", runs.toString())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not start (exit " + GatlingLauncher.CANNOT_START + ")");
        assertThat(runs).doesNotExist();
    }
}
