package dev.stressgate.socialapp.faults;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.config.ConfigException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads the start-up fault settings (same JSON as {@code PUT /admin/faults}). */
public final class FaultFile {

    private FaultFile() {}

    public static FaultSettings read(ObjectMapper mapper, Path file) {
        if (file == null) {
            return FaultSettings.none();
        }
        FaultSettings settings;
        try {
            settings = mapper.readValue(file.toFile(), FaultSettings.class);
        } catch (JacksonException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr();
            throw new ConfigException(
                    "APP_FAULTS_FILE " + file + ": invalid fault settings" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ConfigException("APP_FAULTS_FILE " + file + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (settings == null) {
            throw new ConfigException("APP_FAULTS_FILE " + file + ": expected a JSON object");
        }
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new ConfigException("APP_FAULTS_FILE " + file + ": " + String.join("; ", problems));
        }
        return settings;
    }
}
