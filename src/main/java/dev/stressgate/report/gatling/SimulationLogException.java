package dev.stressgate.report.gatling;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A Gatling {@code simulation.log} that cannot be read. The message always names the file and the byte
 * offset where reading stopped, e.g. {@code .../simulation.log: truncated request record at byte 123456}.
 */
public abstract sealed class SimulationLogException extends IOException
        permits TruncatedSimulationLogException,
                CorruptSimulationLogException,
                UnsupportedSimulationLogVersionException,
                NotASimulationLogException {

    private final Path file;
    private final long offset;

    protected SimulationLogException(Path file, long offset, String problem) {
        super(file + ": " + problem + " at byte " + offset);
        this.file = file;
        this.offset = offset;
    }

    public Path file() {
        return file;
    }

    /** Byte offset (0-based) in the file where the faulty record or value starts. */
    public long offset() {
        return offset;
    }
}
