package dev.stressgate.report.render.view;

/**
 * One injector of a run shared by several, as the per-injector section shows it.
 *
 * @param plannedStart the common start (ISO-8601 UTC), or null when none was planned or nothing is known
 * @param actualStart when it started its load (ISO-8601 UTC), or null when unknown
 * @param startOffsetMs actual minus planned start, or null when unknown
 * @param startedOnTime whether it started within the tolerance, or null when unknown
 * @param p95Ms its own requests' p95, or null when it left no requests
 * @param cpu what the injector's own process used, from its self-samples ("0.82 mean, 1.10 peak of 2 cores"), or
 *     null when it left none
 * @param heapPeak its peak heap ("412 MiB"), or null when its samples do not say
 * @param note what went wrong, or null when nothing did
 */
public record InjectorRow(
        int index,
        String directory,
        String status,
        String plannedStart,
        String actualStart,
        Long startOffsetMs,
        Boolean startedOnTime,
        boolean finished,
        long requests,
        long ko,
        Long p95Ms,
        String cpu,
        String heapPeak,
        String note) {}
