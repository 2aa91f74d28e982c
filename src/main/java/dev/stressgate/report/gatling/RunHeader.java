package dev.stressgate.report.gatling;

import java.util.List;

/**
 * The run record that opens every {@code simulation.log}.
 *
 * @param gatlingVersion version of the Gatling that wrote the file (it doubles as the format version)
 * @param simulationClass fully qualified simulation class name
 * @param runStartEpochMs run start; every other timestamp in the file is stored relative to it
 * @param runDescription free text given with {@code -rd}, often empty
 * @param scenarios scenario names, indexed by the scenario number stored in user records
 * @param assertionCount number of assertions serialized in the header (their bodies are skipped)
 */
public record RunHeader(
        String gatlingVersion,
        String simulationClass,
        long runStartEpochMs,
        String runDescription,
        List<String> scenarios,
        int assertionCount) {

    public RunHeader {
        scenarios = List.copyOf(scenarios);
    }
}
