package dev.stressgate.live;

import dev.stressgate.profile.Slo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The first of the profile's SLOs that the responses so far break, among those the live view can judge: global
 * {@code p50/p75/p95/p99/max_ms}, {@code error_rate_pct} and {@code success_rate_pct}. The report judges every SLO
 * afterwards; this is an early hint, not the verdict.
 */
final class LiveSloCheck {
    private final List<Slo> slos;

    LiveSloCheck(List<Slo> slos) {
        this.slos = slos.stream().filter(Slo::isGlobal).toList();
    }

    Optional<String> firstBroken(ResponseWindow.Span run) {
        if (run.responses() == 0) {
            return Optional.empty();
        }
        for (Slo slo : slos) {
            Double measured = measured(slo, run);
            if (measured == null) {
                continue;
            }
            if (slo.missedBy(measured)) {
                return Optional.of(String.format(
                        Locale.ROOT,
                        "%s %s %s %s",
                        slo.metric().id(),
                        number(measured),
                        slo.metric().upperBound() ? ">" : "<",
                        number(slo.threshold())));
            }
        }
        return Optional.empty();
    }

    private static Double measured(Slo slo, ResponseWindow.Span run) {
        return switch (slo.metric()) {
            case P50_MS -> (double) run.percentileMs(50);
            case P75_MS -> (double) run.percentileMs(75);
            case P95_MS -> (double) run.percentileMs(95);
            case P99_MS -> (double) run.percentileMs(99);
            case MAX_MS -> (double) run.times().getMaxValue();
            case ERROR_RATE_PCT -> run.errorPct();
            case SUCCESS_RATE_PCT -> 100 - run.errorPct();
            default -> null;
        };
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
