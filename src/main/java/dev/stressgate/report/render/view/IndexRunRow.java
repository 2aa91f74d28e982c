package dev.stressgate.report.render.view;

/**
 * One run in the index. Figures are null when the run's artifacts are missing or broken; {@code problem} then
 * says what is wrong with the run directory.
 */
public record IndexRunRow(
        String runId,
        String profile,
        String status,
        Double p95Ms,
        Double errorPercent,
        Double rps,
        String reportHref,
        String problem) {}
