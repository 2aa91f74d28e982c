package dev.stressgate.report.cli;

/** Process exit codes of the CLI, as CI scripts rely on them. */
final class ExitCodes {
    static final int OK = 0;
    static final int GATE_FAILED = 1;
    static final int UNUSABLE_INPUT = 2;

    private ExitCodes() {}
}
