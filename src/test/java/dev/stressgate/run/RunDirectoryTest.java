package dev.stressgate.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {
    private static final Instant START = Instant.parse("2026-11-22T05:00:00.987Z");

    @TempDir
    Path artifacts;

    @Test
    void runIdIsUtcSecondsAndLabel() {
        assertThat(RunDirectory.runId(START, "smoke")).isEqualTo("20261122T050000Z-smoke");
        assertThat(RunDirectory.runId(Instant.parse("2026-11-22T23:59:59Z"), "nightly_v2.1"))
                .isEqualTo("20261122T235959Z-nightly_v2.1");
    }

    @Test
    void aLabelWithUnsafeCharactersIsRefusedNamingIt() {
        for (String unsafe : new String[] {"profiles/x.json", "my profile", "../up", "", "naïve"}) {
            assertThatThrownBy(() -> RunDirectory.runId(START, unsafe))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("run name '" + unsafe + "' cannot name a run directory")
                    .hasMessageContaining("letters, digits, '.', '_' or '-'");
        }
    }

    @Test
    void createsAFreshDirectoryAndSuffixesOneWhoseIdIsTaken() {
        Path nested = artifacts.resolve("not-yet").resolve("there");

        RunDirectory first = RunDirectory.create(nested, START, "smoke");
        RunDirectory second = RunDirectory.create(nested, START, "smoke");
        RunDirectory third = RunDirectory.create(nested, START, "smoke");

        assertThat(first.path())
                .isEqualTo(nested.resolve("20261122T050000Z-smoke"))
                .isDirectory();
        assertThat(second.path())
                .isEqualTo(nested.resolve("20261122T050000Z-smoke-2"))
                .isDirectory();
        assertThat(third.path())
                .isEqualTo(nested.resolve("20261122T050000Z-smoke-3"))
                .isDirectory();
    }

    @Test
    void anUnsafeLabelCreatesNothing() {
        assertThatThrownBy(() -> RunDirectory.create(artifacts, START, "a/b")).hasMessageContaining("'a/b'");
        assertThat(artifacts.toFile().list()).isEmpty();
    }

    @Test
    void namesItsFiles() {
        Path path = artifacts.resolve("20261122T050000Z-low");
        RunDirectory directory = RunDirectory.at(path);

        assertThat(directory.runId()).isEqualTo("20261122T050000Z-low");
        assertThat(directory.runJson()).isEqualTo(path.resolve("run.json"));
        assertThat(directory.profileJson()).isEqualTo(path.resolve("profile.json"));
        assertThat(directory.scrapeJsonl()).isEqualTo(path.resolve("scrape.jsonl"));
        assertThat(directory.gatlingResults()).isEqualTo(path.resolve("gatling"));
    }

    @Test
    void holdsARunOnlyWithRunJsonOrGatlingResults() throws Exception {
        RunDirectory empty = RunDirectory.create(artifacts, START, "empty");
        RunDirectory withRunJson = RunDirectory.create(artifacts, START, "recorded");
        Files.writeString(withRunJson.runJson(), "{}");
        RunDirectory withResults = RunDirectory.create(artifacts, START, "gatling-only");
        Files.createDirectories(withResults.gatlingResults());

        assertThat(empty.holdsRun()).isFalse();
        assertThat(withRunJson.holdsRun()).isTrue();
        assertThat(withResults.holdsRun()).isTrue();
    }

    @Test
    void opensOnlyAnExistingDirectoryNotYetUsedByARun() throws Exception {
        Path missing = artifacts.resolve("20261122T050000Z-missing");
        assertThatThrownBy(() -> RunDirectory.open(missing)).hasMessageContaining(missing + " does not exist");
        assertThat(missing).doesNotExist();

        RunDirectory created = RunDirectory.create(artifacts, START, "low");
        assertThat(RunDirectory.open(created.path()).path()).isEqualTo(created.path());
        Files.writeString(created.runJson(), "{}");
        assertThatThrownBy(() -> RunDirectory.open(created.path())).hasMessageContaining("already holds a run");
    }

    @Test
    void theDirectoryMavenNamedIsCreatedWhenItsLabelIsSafe() {
        Path named = artifacts.resolve("20261122T050000Z-smoke");

        RunDirectory opened = RunDirectory.openNamed(named);

        assertThat(opened.path()).isDirectory().isEqualTo(named);
        assertThat(opened.runId()).isEqualTo("20261122T050000Z-smoke");
    }

    @Test
    void aDirectoryMavenNamedAfterAProfilePathIsRefusedAskingForRunName() {
        Path fromPath = artifacts
                .resolve("20261122T050000Z-")
                .resolve("abs")
                .resolve("dir")
                .resolve("x.json");

        assertThatThrownBy(() -> RunDirectory.openNamed(fromPath))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-Drun.name=<label>");
        assertThat(artifacts.resolve("20261122T050000Z-")).doesNotExist();
    }

    @Test
    void theLatestRunIsTheOneCreatedLastNotTheGreatestName() throws Exception {
        assertThat(RunDirectory.latest(artifacts)).as("no run yet").isEmpty();

        RunDirectory.create(artifacts, START.plusSeconds(3600), "zz-later-clock");
        RunDirectory last = RunDirectory.create(artifacts, START, "aa-created-last");

        assertThat(RunDirectory.latest(artifacts).orElseThrow().path()).isEqualTo(last.path());
        assertThat(artifacts.resolve(RunDirectory.LATEST_POINTER)).hasContent("20261122T050000Z-aa-created-last");
        assertThat(RunDirectory.at(artifacts.resolve(RunDirectory.LATEST_POINTER))
                        .holdsRun())
                .as("the pointer is no run directory")
                .isFalse();
    }

    @Test
    void theDirectoryMavenNamedIsRecordedAsTheLatest() throws Exception {
        Path named = artifacts.resolve("20261122T050000Z-nightly");

        RunDirectory.openNamed(named);

        assertThat(RunDirectory.latest(artifacts).orElseThrow().path()).isEqualTo(named);
    }

    @Test
    void aPointerThatNamesNoRunDirectoryIsRefusedNamingTheFile() throws Exception {
        Files.writeString(artifacts.resolve(RunDirectory.LATEST_POINTER), "../../etc\n");

        assertThatThrownBy(() -> RunDirectory.latest(artifacts))
                .hasMessageContaining(
                        artifacts.resolve(RunDirectory.LATEST_POINTER).toString())
                .hasMessageContaining("expected the name of a run directory")
                .hasMessageContaining("'../../etc'");
    }

    @Test
    void injectorsOfASharedRunWriteIntoNumberedDirectoriesUnderTheRunIdListedByIndex() throws Exception {
        RunDirectory second = RunDirectory.createForInjector(artifacts, "20261122T050000Z-smoke", 2);
        RunDirectory tenth = RunDirectory.createForInjector(artifacts, "20261122T050000Z-smoke", 10);
        RunDirectory first = RunDirectory.createForInjector(artifacts, "20261122T050000Z-smoke", 0);
        Files.createDirectories(artifacts.resolve("20261122T050000Z-smoke").resolve("injector-x"));

        Path shared = artifacts.resolve("20261122T050000Z-smoke");
        assertThat(second.path()).isEqualTo(shared.resolve("injector-2")).isDirectory();
        assertThat(second.runId()).isEqualTo("20261122T050000Z-smoke");
        assertThat(RunDirectory.injectorDirs(shared)).containsExactly(first.path(), second.path(), tenth.path());
        assertThat(RunDirectory.at(shared).holdsRun()).isTrue();
        assertThat(RunDirectory.at(shared).sharedByInjectors()).isTrue();
        assertThat(RunDirectory.at(second.path()).sharedByInjectors()).isFalse();
    }

    @Test
    void anInjectorIndexUsedTwiceInOneRunIsRefused() throws Exception {
        RunDirectory once = RunDirectory.createForInjector(artifacts, "r1", 1);
        Files.writeString(once.runJson(), "{}");

        assertThatThrownBy(() -> RunDirectory.createForInjector(artifacts, "r1", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("injector 1 of run r1 ran before");
        assertThatThrownBy(() -> RunDirectory.createForInjector(artifacts, "..", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("run id: expected letters, digits");
    }
}
