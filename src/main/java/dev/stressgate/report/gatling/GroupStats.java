package dev.stressgate.report.gatling;

import java.util.List;

/**
 * Statistics of one group path over its executions. Count, ok and ko are the same in both figures.
 *
 * @param cumulatedResponseTime per execution, the sum of its requests' response times (Gatling's default group metric)
 * @param duration per execution, wall time from group start to group end (pauses included)
 */
public record GroupStats(List<String> path, ResponseStats cumulatedResponseTime, ResponseStats duration) {

    public GroupStats {
        path = List.copyOf(path);
    }
}
