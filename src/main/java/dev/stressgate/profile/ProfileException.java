package dev.stressgate.profile;

/** A load profile that cannot be used: unknown, unreadable or invalid. The message names file, field and expectation. */
public final class ProfileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProfileException(String message) {
        super(message);
    }

    public ProfileException(String message, Throwable cause) {
        super(message, cause);
    }
}
