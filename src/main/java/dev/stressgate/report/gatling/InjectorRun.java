package dev.stressgate.report.gatling;

/**
 * One injector of a run shared by several ({@code injector-<index>/}), as the per-injector section shows it: did it
 * start on time, finish, and what did it send. Written into summary.json ({@code injector_runs}) and the report.
 * (Per-injector resource figures, such as the injector's own CPU, belong here as further components.)
 *
 * @param directory the injector's directory name, e.g. {@code injector-2}
 * @param plannedStartEpochMs the common start it was to wait for, or null when none was planned or it left no run.json
 * @param actualStartEpochMs when it started its load (or refused to), or null when unknown
 * @param startOffsetMs actual minus planned start, or null when either is unknown
 * @param startedOnTime whether the offset stayed within the tolerance, or null when unknown
 * @param finished whether run.json has an end and Gatling's results exist
 * @param requestStats its requests alone, or null when it left no simulation.log
 * @param note what went wrong, in words, or null for {@link Status#OK}
 */
public record InjectorRun(
        int index,
        String directory,
        Status status,
        Long plannedStartEpochMs,
        Long actualStartEpochMs,
        Long startOffsetMs,
        Boolean startedOnTime,
        boolean finished,
        ResponseStats requestStats,
        String note) {

    /** How an injector's part of the run went; anything but OK means the merged figures lack part of the load. */
    public enum Status {
        /** Started on time, finished, results read. */
        OK,
        /** No run.json (or no directory): it never started, e.g. its pod was never scheduled or its JVM failed. */
        MISSING,
        /** It reached the common start too late and ran no load. */
        LATE,
        /** It started but run.json has no end: it was killed or crashed, its results are partial. */
        UNFINISHED,
        /** It started and ended but left no simulation.log. */
        NO_RESULTS
    }

    public boolean healthy() {
        return status == Status.OK;
    }
}
