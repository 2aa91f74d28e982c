package dev.stressgate.report.gatling;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes {@code summary.json} atomically: a temp file in the same directory, then a rename over the target. */
public final class SummaryWriter {

  private final ObjectWriter writer = SummaryJson.mapper().writerFor(RunSummary.class);

  /** Writes {@code summary.json} into {@code runDirectory} and returns its path. */
  public Path writeInto(Path runDirectory, RunSummary summary) throws IOException {
    return write(runDirectory.resolve(SummaryJson.FILE_NAME), summary);
  }

  public Path write(Path target, RunSummary summary) throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path temp = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
    try {
      writer.writeValue(temp.toFile(), summary);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
    return target;
  }
}
