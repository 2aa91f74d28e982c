package dev.stressgate.report.render;

/** A report could not be rendered: a template is missing or failed on the model, or a bundled asset is absent. */
public final class RenderingException extends RuntimeException {
    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderingException(String message) {
        super(message);
    }
}
