package dev.stressgate.report.gatling;

import java.nio.file.Path;

/** The file ends in the middle of a record (for example Gatling was killed while writing). */
public final class TruncatedSimulationLogException extends SimulationLogException {

    public TruncatedSimulationLogException(Path file, long recordOffset, String recordType, long fileSize) {
        super(file, recordOffset, "truncated " + recordType + " record (file ends at byte " + fileSize + ") starting");
    }
}
