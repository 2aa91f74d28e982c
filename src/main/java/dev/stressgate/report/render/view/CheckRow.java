package dev.stressgate.report.render.view;

/**
 * One SLO or gate check as a report shows it. {@code target} and {@code measured} are display strings with units
 * ("p95 &lt;= 800 ms", "612 ms"); {@code measured} is null when there was no data.
 */
public record CheckRow(String name, String target, String measured, CheckOutcome outcome, String detail) {
    public boolean failed() {
        return outcome == CheckOutcome.FAIL;
    }
}
