package dev.stressgate.report.ai;

/** Why the model gave no usable answer; {@link Outcome} becomes {@code model.outcome} in ai-analysis.json. */
public final class OllamaFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final Outcome outcome;

    public OllamaFailure(Outcome outcome, String message) {
        super(message);
        this.outcome = outcome;
    }

    public OllamaFailure(Outcome outcome, String message, Throwable cause) {
        super(message, cause);
        this.outcome = outcome;
    }

    public Outcome outcome() {
        return outcome;
    }
}
