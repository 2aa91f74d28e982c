package dev.stressgate.report.gatling;

import java.nio.file.Path;

/** A well-formed run record written by a Gatling version whose binary layout this reader does not know. */
public final class UnsupportedSimulationLogVersionException extends SimulationLogException {

    private final String version;

    public UnsupportedSimulationLogVersionException(Path file, long offset, String version) {
        super(
                file,
                offset,
                "written by Gatling " + version + ", but only Gatling " + SimulationLogReader.SUPPORTED_VERSIONS
                        + " logs can be read; version string");
        this.version = version;
    }

    public String version() {
        return version;
    }
}
