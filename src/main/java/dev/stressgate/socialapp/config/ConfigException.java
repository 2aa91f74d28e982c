package dev.stressgate.socialapp.config;

/** A configuration value that cannot be used; the message names the setting and the expected value. */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
