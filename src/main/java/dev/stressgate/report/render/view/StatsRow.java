package dev.stressgate.report.render.view;

/** Client-side statistics of one request, group or the whole run; times in milliseconds. */
public record StatsRow(
        String name,
        long count,
        long ok,
        long ko,
        double errorPercent,
        double minMs,
        double meanMs,
        double p50Ms,
        double p75Ms,
        double p95Ms,
        double p99Ms,
        double maxMs,
        double rps) {}
