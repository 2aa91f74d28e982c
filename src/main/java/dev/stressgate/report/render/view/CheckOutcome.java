package dev.stressgate.report.render.view;

/** Result of one SLO or gate check. */
public enum CheckOutcome {
    PASS,
    FAIL,
    NO_DATA
}
