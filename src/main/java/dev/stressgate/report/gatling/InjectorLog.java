package dev.stressgate.report.gatling;

import java.util.List;

/**
 * One {@code simulation.log} that went into a summary (one per load injector).
 *
 * @param records records read, the run record included
 */
public record InjectorLog(
        String file,
        String gatlingVersion,
        String simulation,
        long runStartEpochMs,
        String runDescription,
        List<String> scenarios,
        long records) {

    public InjectorLog {
        scenarios = List.copyOf(scenarios);
    }
}
