package dev.stressgate.report.analysis;

import java.util.Objects;

/** A measured value, or the reason it cannot be measured. */
public record Measurement(Double value, String note) {

    public Measurement {
        Objects.requireNonNull(note, "note");
    }

    public static Measurement of(double value, String what) {
        return new Measurement(value, what);
    }

    public static Measurement noData(String why) {
        return new Measurement(null, why);
    }

    public boolean present() {
        return value != null && Double.isFinite(value);
    }
}
