package dev.stressgate.report.sources;

/**
 * A source could not answer (unreachable, timed out, refused the query, answered garbage). The message is the
 * reason shown in the report; collectors turn it into a {@link SourceHealth} and never let it escape.
 */
public final class SourceFailure extends Exception {

    public SourceFailure(String reason) {
        super(reason);
    }

    public SourceFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
