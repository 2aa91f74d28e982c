package dev.stressgate.report.gatling;

import java.nio.file.Path;

/** The file does not start with a Gatling run record: empty, text, an image, another binary format. */
public final class NotASimulationLogException extends SimulationLogException {

    public NotASimulationLogException(Path file, long offset, String problem) {
        super(file, offset, "not a Gatling simulation.log: " + problem);
    }
}
