package dev.stressgate.report.gatling;

import java.nio.file.Path;

/** A value that the Gatling writer never produces: unknown record type, impossible length, bad string reference. */
public final class CorruptSimulationLogException extends SimulationLogException {

    public CorruptSimulationLogException(Path file, long offset, String problem) {
        super(file, offset, problem);
    }
}
