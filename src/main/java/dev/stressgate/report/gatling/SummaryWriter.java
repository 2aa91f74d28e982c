package dev.stressgate.report.gatling;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.stressgate.run.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;

/** Writes {@code summary.json} atomically: a temp file in the same directory, then a rename over the target. */
public final class SummaryWriter {

    private final ObjectWriter writer = SummaryJson.mapper().writerFor(RunSummary.class);

    /** Writes {@code summary.json} into {@code runDirectory} and returns its path. */
    public Path writeInto(Path runDirectory, RunSummary summary) throws IOException {
        return write(runDirectory.resolve(SummaryJson.FILE_NAME), summary);
    }

    public Path write(Path target, RunSummary summary) throws IOException {
        return AtomicFile.write(target, temp -> writer.writeValue(temp.toFile(), summary));
    }
}
