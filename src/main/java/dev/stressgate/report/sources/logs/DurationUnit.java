package dev.stressgate.report.sources.logs;

import java.math.BigDecimal;

/** A unit of a logged duration, as milliseconds per unit. */
public enum DurationUnit {
    NANOSECONDS(new BigDecimal("0.000001")),
    MICROSECONDS(new BigDecimal("0.001")),
    MILLISECONDS(BigDecimal.ONE),
    SECONDS(BigDecimal.valueOf(1000));

    final BigDecimal millis;

    DurationUnit(BigDecimal millis) {
        this.millis = millis;
    }
}
