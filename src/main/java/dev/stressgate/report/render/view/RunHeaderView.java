package dev.stressgate.report.render.view;

/**
 * Who ran what against which target, and when. Times are ISO-8601 UTC strings taken from run.json, never "now",
 * so rendering is reproducible.
 */
public record RunHeaderView(
        String runId,
        String profile,
        String simulation,
        String target,
        String windowStart,
        String windowEnd,
        double durationSeconds,
        String gatlingVersion,
        String gitCommit) {}
