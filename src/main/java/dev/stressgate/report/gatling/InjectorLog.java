package dev.stressgate.report.gatling;

import java.util.List;

/**
 * One {@code simulation.log} that went into a summary (one per load injector).
 *
 * @param records records read, the run record included
 * @param requestStats this log's requests alone (its own percentiles; mean rps over the whole run's duration), or
 *     null in a summary written before they were recorded
 */
public record InjectorLog(
        String file,
        String gatlingVersion,
        String simulation,
        long runStartEpochMs,
        String runDescription,
        List<String> scenarios,
        long records,
        ResponseStats requestStats) {

    public InjectorLog {
        scenarios = List.copyOf(scenarios);
    }
}
