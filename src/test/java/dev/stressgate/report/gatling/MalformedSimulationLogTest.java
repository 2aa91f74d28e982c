package dev.stressgate.report.gatling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged and foreign files: each gets its specific exception naming the file and byte offset. The
 * preemptive timeouts only guard against hangs (generous bounds), they assert no performance.
 */
class MalformedSimulationLogTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    @Test
    void emptyFile() throws Exception {
        Path file = write("empty.log", new byte[0]);

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(NotASimulationLogException.class)
                .hasMessage(file + ": not a Gatling simulation.log: the file is empty at byte 0");
    }

    @Test
    void textFile() throws Exception {
        Path file = write("notes.txt", "GET /api/posts 200 12ms\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(NotASimulationLogException.class)
                .hasMessage(
                        file + ": not a Gatling simulation.log: expected run record type 0x00, found 0x47 at byte 0");
    }

    @Test
    void pngImage() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        Path file = write("chart.png", png);

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(NotASimulationLogException.class)
                .hasMessageContaining(file.toString())
                .hasMessageEndingWith("found 0x89 at byte 0");
    }

    @Test
    void binaryFileThatStartsWithZeroButHasNoVersion() throws Exception {
        Path file = write("zeros.bin", new byte[64]);

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(NotASimulationLogException.class)
                .hasMessage(file + ": not a Gatling simulation.log: no Gatling version string (length 0) at byte 1");
    }

    @Test
    void unknownGatlingVersion() throws Exception {
        byte[] bytes = fixtureBytes();
        byte[] version = "3.15.1".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Arrays.copyOfRange(bytes, 5, 11)).isEqualTo(version);
        System.arraycopy("3.99.0".getBytes(StandardCharsets.ISO_8859_1), 0, bytes, 5, 6);
        Path file = write("future.log", bytes);

        assertThatThrownBy(() -> read(file))
                .isInstanceOfSatisfying(UnsupportedSimulationLogVersionException.class, e -> {
                    assertThat(e.version()).isEqualTo("3.99.0");
                    assertThat(e.offset()).isEqualTo(1);
                    assertThat(e.file()).isEqualTo(file);
                })
                .hasMessageContaining("written by Gatling 3.99.0, but only Gatling 3.14.x and 3.15.x logs can be read");
    }

    /**
     * Cuts the file at every offset. A cut on a record boundary is a valid shorter log; every other cut must
     * report the truncated record with its type and start offset. There is one boundary per record but the last.
     */
    @Test
    void truncatedAtEveryOffset() throws Exception {
        byte[] bytes = fixtureBytes();
        long totalRecords = SimulationLogReader.read(Fixtures.log("injector-b"), new RecordingListener())
                .records();
        List<Integer> boundaries = new ArrayList<>();

        assertTimeoutPreemptively(HANG_GUARD, () -> {
            for (int cut = 1; cut < bytes.length; cut++) {
                Path file = write("cut.log", Arrays.copyOf(bytes, cut));
                try {
                    SimulationLogRead read = SimulationLogReader.read(file, new RecordingListener());
                    assertThat(read.records()).isLessThan(totalRecords);
                    boundaries.add(cut);
                } catch (TruncatedSimulationLogException e) {
                    assertThat(e.offset()).isLessThan(cut);
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.getMessage())
                            .startsWith(file + ": truncated ")
                            .contains("(file ends at byte " + cut + ")")
                            .endsWith("at byte " + e.offset())
                            .containsPattern("truncated (run|request|user|group|error) record");
                }
            }
        });

        assertThat(boundaries).hasSize((int) totalRecords - 1);
    }

    @Test
    void truncatedRequestRecordNamesItsStart() throws Exception {
        byte[] bytes = fixtureBytes();
        int requestStart = firstRecordStartOfType(bytes, (byte) 1);
        Path file = write("cut-request.log", Arrays.copyOf(bytes, requestStart + 7));

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(TruncatedSimulationLogException.class)
                .hasMessage(file + ": truncated request record (file ends at byte " + (requestStart + 7)
                        + ") starting at byte " + requestStart);
    }

    @Test
    void flippedRecordType() throws Exception {
        byte[] bytes = fixtureBytes();
        int recordStart = firstRecordStartOfType(bytes, (byte) 1);
        bytes[recordStart] = 0x07;
        Path file = write("flipped.log", bytes);

        assertThatThrownBy(() -> read(file))
                .isInstanceOfSatisfying(
                        CorruptSimulationLogException.class,
                        e -> assertThat(e.offset()).isEqualTo(recordStart))
                .hasMessageStartingWith(file + ": unknown record type 0x07 after ")
                .hasMessageEndingWith("at byte " + recordStart);
    }

    @Test
    void secondRunRecordInTheMiddle() throws Exception {
        byte[] bytes = fixtureBytes();
        int recordStart = firstRecordStartOfType(bytes, (byte) 3);
        bytes[recordStart] = 0x00;
        Path file = write("second-run.log", bytes);

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(CorruptSimulationLogException.class)
                .hasMessageContaining("unknown record type 0x00")
                .hasMessageEndingWith("at byte " + recordStart);
    }

    /** Seeded random byte damage: always a clean result or a SimulationLogException, never another error or a hang. */
    @Test
    void randomByteDamage() throws Exception {
        byte[] original = fixtureBytes();
        Random random = new Random(42);
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            for (int round = 0; round < 300; round++) {
                byte[] bytes = original.clone();
                for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                Path file = write("damaged.log", bytes);
                try {
                    SimulationLogReader.read(file, new RecordingListener());
                } catch (SimulationLogException e) {
                    assertThat(e.getMessage()).startsWith(file + ": ").endsWith("at byte " + e.offset());
                }
            }
        });
    }

    private static void read(Path file) throws Exception {
        assertTimeoutPreemptively(HANG_GUARD, () -> new SimulationLogSummarizer().summarize(file));
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(tmp.resolve(name), bytes);
    }

    private static byte[] fixtureBytes() throws Exception {
        return Files.readAllBytes(Fixtures.log("injector-b"));
    }

    /** Offset of the first record of the given type, found by cutting at boundaries and reading. */
    private int firstRecordStartOfType(byte[] bytes, byte type) throws Exception {
        for (int cut = 1; cut < bytes.length; cut++) {
            if (bytes[cut] != type) {
                continue;
            }
            Path file = write("probe.log", Arrays.copyOf(bytes, cut));
            try {
                SimulationLogReader.read(file, new RecordingListener());
                return cut;
            } catch (TruncatedSimulationLogException notABoundary) {
                // the byte belongs to a value inside a record; keep looking
            }
        }
        throw new AssertionError("no record of type " + type);
    }
}
