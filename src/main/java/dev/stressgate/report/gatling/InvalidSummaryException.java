package dev.stressgate.report.gatling;

import java.io.IOException;
import java.nio.file.Path;

/** A {@code summary.json} that cannot be read back: not JSON, wrong shape, or another schema version. */
public final class InvalidSummaryException extends IOException {

    public InvalidSummaryException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
