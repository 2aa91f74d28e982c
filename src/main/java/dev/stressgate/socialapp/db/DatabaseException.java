package dev.stressgate.socialapp.db;

/** A database operation that failed (unreachable, timed out, broken); answered as 503. */
public class DatabaseException extends RuntimeException {

    private final String operation;

    public DatabaseException(String operation, String message, Throwable cause) {
        super(operation + ": " + message, cause);
        this.operation = operation;
    }

    public String operation() {
        return operation;
    }
}
