package dev.stressgate.socialapp;

/** The app could not start; the message is one line fit for a terminal. */
public class SocialAppStartException extends RuntimeException {

    public SocialAppStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
