package dev.stressgate.report.gatling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Follows a {@code simulation.log} while Gatling writes it: each {@link #readAvailable} call passes the records
 * completed since the last one to the listener. Gatling flushes the file in chunks (its buffer, and at every
 * console period), so a chunk may end inside a record; that record is read once its remaining bytes arrive.
 * Decoding, checks and errors are those of {@link SimulationLogReader}.
 */
public final class SimulationLogFollower implements AutoCloseable {
    private final LogInput in;
    private final SimulationLogReader reader;

    private SimulationLogFollower(LogInput in, SimulationLogReader reader) {
        this.in = in;
        this.reader = reader;
    }

    /**
     * Opens {@code file} once it exists and holds its whole run record; empty before that (try again later).
     *
     * @throws SimulationLogException when the file is not a simulation.log Gatling 3.14/3.15 writes
     */
    public static Optional<SimulationLogFollower> open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        LogInput in = new LogInput(file);
        try {
            return Optional.of(new SimulationLogFollower(in, SimulationLogReader.following(file, in)));
        } catch (TruncatedSimulationLogException | NotASimulationLogException e) {
            in.close();
            if (e instanceof NotASimulationLogException && Files.size(file) > 0) {
                throw e;
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    public RunHeader header() {
        return reader.header();
    }

    /** Passes the records completed since the last call to {@code listener}; returns how many there were. */
    public long readAvailable(SimulationLogListener listener) throws IOException {
        return reader.readAvailable(listener);
    }

    /** Records read so far, the run record included. */
    public long records() {
        return reader.records();
    }

    /** Bytes after the last complete record: zero once the writer has closed the file cleanly. */
    public long pendingBytes() {
        return reader.unreadBytes();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
