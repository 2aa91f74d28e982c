package dev.stressgate.report.pipeline;

/**
 * The run cannot be reported at all: no run directory, no or unreadable run.json, no simulation.log, a corrupt
 * simulation.log (the message names file and byte offset). The message is the complete explanation for the user.
 */
public final class UnusableInputException extends Exception {
    public UnusableInputException(String message) {
        super(message);
    }

    public UnusableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
