package dev.stressgate.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One early-stop condition of {@code abort_when}: the run stops when {@code signal} stays above {@code threshold}
 * over the trailing {@code forSeconds} seconds of responses (evaluated live from the run's own simulation.log).
 */
public record AbortCondition(Signal signal, double threshold, int forSeconds) {

    /** What a condition watches; the id is the profile field that sets its threshold. */
    public enum Signal {
        ERROR_PCT_ABOVE("error share", "%"),
        P95_MS_ABOVE("p95", " ms");

        private final String label;
        private final String unit;

        Signal(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String label() {
            return label;
        }

        public String unit() {
            return unit;
        }

        static List<String> ids() {
            return Arrays.stream(values()).map(Signal::id).toList();
        }
    }

    /** The condition as a person reads it, e.g. {@code error share above 20% for 10 s}. */
    public String describe() {
        return signal.label() + " above " + ProfileField.formatted(threshold) + signal.unit() + " for " + forSeconds
                + " s";
    }
}
