package dev.stressgate.config;

/** A configuration value that cannot be used; the message names the setting, the expected form and the value. */
public class ConfigException extends IllegalArgumentException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
