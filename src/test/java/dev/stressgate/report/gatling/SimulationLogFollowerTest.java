package dev.stressgate.report.gatling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Gatling simulation.log appended in chunks that end anywhere, inside strings and numbers included, as a
 * writer flushing its buffer leaves it: the follower passes on exactly the records a whole-file read does, in order.
 */
class SimulationLogFollowerTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/gatling/injector-a/simulation.log");

    @TempDir
    Path dir;

    @Test
    void followingAFileWrittenInOddChunksYieldsTheSameRecordsAsReadingItWhole() throws IOException {
        List<String> whole = new ArrayList<>();
        SimulationLogRead read = SimulationLogReader.read(FIXTURE, recorder(whole));
        byte[] bytes = Files.readAllBytes(FIXTURE);
        Path growing = dir.resolve("simulation.log");

        List<String> followed = new ArrayList<>();
        SimulationLogListener listener = recorder(followed);
        Optional<SimulationLogFollower> follower = Optional.empty();
        int[] chunkSizes = {3, 17, 1, 250, 7, 4096, 33};
        int written = 0;
        try (OutputStream out = Files.newOutputStream(growing, StandardOpenOption.CREATE_NEW)) {
            for (int i = 0; written < bytes.length; i++) {
                int chunk = Math.min(chunkSizes[i % chunkSizes.length], bytes.length - written);
                out.write(Arrays.copyOfRange(bytes, written, written + chunk));
                out.flush();
                written += chunk;
                if (follower.isEmpty()) {
                    follower = SimulationLogFollower.open(growing);
                }
                if (follower.isPresent()) {
                    follower.get().readAvailable(listener);
                }
            }
        }

        assertThat(follower).isPresent();
        try (SimulationLogFollower done = follower.get()) {
            assertThat(done.pendingBytes()).isZero();
            assertThat(done.records()).isEqualTo(read.records());
            assertThat(done.header()).isEqualTo(read.header());
        }
        assertThat(whole).hasSizeGreaterThan(100);
        assertThat(followed).isEqualTo(whole);
    }

    @Test
    void aFileWithoutItsWholeRunRecordIsNotOpenedYet() throws IOException {
        byte[] bytes = Files.readAllBytes(FIXTURE);
        Path growing = Files.write(dir.resolve("simulation.log"), Arrays.copyOf(bytes, 20));

        assertThat(SimulationLogFollower.open(growing)).isEmpty();
        assertThat(SimulationLogFollower.open(dir.resolve("absent.log"))).isEmpty();
    }

    private static SimulationLogListener recorder(List<String> records) {
        return new SimulationLogListener() {
            @Override
            public void onUser(String scenario, boolean start, long timestampMs) {
                records.add("user " + scenario + " " + start + " " + timestampMs);
            }

            @Override
            public void onRequest(
                    List<String> groupPath, String name, long startMs, long endMs, boolean ok, String message) {
                records.add(
                        "request " + groupPath + " " + name + " " + startMs + " " + endMs + " " + ok + " " + message);
            }

            @Override
            public void onGroup(
                    List<String> groupPath, long startMs, long endMs, int cumulatedResponseTimeMs, boolean ok) {
                records.add(
                        "group " + groupPath + " " + startMs + " " + endMs + " " + cumulatedResponseTimeMs + " " + ok);
            }

            @Override
            public void onError(String message, long timestampMs) {
                records.add("error " + message + " " + timestampMs);
            }
        };
    }
}
