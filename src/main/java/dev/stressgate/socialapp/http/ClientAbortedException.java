package dev.stressgate.socialapp.http;

/**
 * The client went away before its request body was complete (connection closed or reset mid-body). Not a server
 * error: answered and logged as status {@value #STATUS} (the "client closed request" convention), so it never counts
 * in the 5xx metrics or the server-error SLO.
 */
public final class ClientAbortedException extends RuntimeException {
    public static final int STATUS = 499;

    public ClientAbortedException(String message, Throwable cause) {
        super(message, cause);
    }
}
