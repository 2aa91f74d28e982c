package dev.stressgate.report.gatling;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Path;

/** Reads a {@code summary.json} written by {@link SummaryWriter} back into a {@link RunSummary}. */
public final class SummaryReader {

  private final ObjectReader reader = SummaryJson.mapper().readerFor(RunSummary.class);

  /** Reads {@code summary.json} from {@code runDirectory}. */
  public RunSummary readFrom(Path runDirectory) throws IOException {
    return read(runDirectory.resolve(SummaryJson.FILE_NAME));
  }

  public RunSummary read(Path file) throws IOException {
    RunSummary summary;
    try {
      summary = reader.readValue(file.toFile());
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
      throw new InvalidSummaryException(file, "not a valid summary.json" + where + ": " + e.getOriginalMessage(), e);
    }
    if (summary == null) {
      throw new InvalidSummaryException(file, "empty summary.json", null);
    }
    if (summary.schemaVersion() != RunSummary.SCHEMA_VERSION) {
      throw new InvalidSummaryException(file, "schema_version " + summary.schemaVersion() + ", expected "
          + RunSummary.SCHEMA_VERSION, null);
    }
    return summary;
  }
}
