package dev.stressgate.report.analysis;

/** Result of one SLO: met, missed, or not measurable from the data of this run. */
public enum SloOutcome {
    PASS,
    FAIL,
    NO_DATA
}
