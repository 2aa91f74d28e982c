package dev.stressgate.live;

import dev.stressgate.profile.AbortCondition;
import dev.stressgate.profile.AbortWhen;
import java.util.Locale;
import java.util.Optional;

/**
 * Judges a profile's {@code abort_when} on the responses followed so far. A condition with {@code for_s = n} is
 * judged on the last n complete seconds of responses (by the second they ended in; the newest second is still
 * being written and is left out), once the run has n complete seconds and the window holds at least
 * {@link AbortWhen#MIN_RESPONSES} responses. The first condition that holds decides, once.
 */
final class AbortWatch {
    private final AbortWhen rules;
    private AbortDecision decision;

    AbortWatch(AbortWhen rules) {
        this.rules = rules;
    }

    Optional<AbortDecision> decision() {
        return Optional.ofNullable(decision);
    }

    Optional<AbortDecision> evaluate(ResponseWindow window, long nowEpochMs) {
        if (decision != null || window.isEmpty()) {
            return decision();
        }
        long lastComplete = Math.floorDiv(window.newestEndMs(), 1000) - 1;
        for (AbortCondition condition : rules.conditions()) {
            long from = lastComplete - condition.forSeconds() + 1;
            if (from < window.firstSecond()) {
                continue;
            }
            ResponseWindow.Span span = window.span(from, lastComplete);
            if (span.responses() < AbortWhen.MIN_RESPONSES) {
                continue;
            }
            Optional<String> reason = breach(condition, span);
            if (reason.isPresent()) {
                decision = new AbortDecision(condition, nowEpochMs, reason.get());
                return decision();
            }
        }
        return Optional.empty();
    }

    private static Optional<String> breach(AbortCondition condition, ResponseWindow.Span span) {
        String over = " over the last " + condition.forSeconds() + " s";
        return switch (condition.signal()) {
            case ERROR_PCT_ABOVE ->
                span.errorPct() > condition.threshold()
                        ? Optional.of(String.format(
                                Locale.ROOT,
                                "error share %.1f%% above %s%s (%d of %d responses failed)",
                                span.errorPct(),
                                threshold(condition),
                                over,
                                span.failures(),
                                span.responses()))
                        : Optional.empty();
            case P95_MS_ABOVE ->
                span.percentileMs(95) > condition.threshold()
                        ? Optional.of(String.format(
                                Locale.ROOT,
                                "p95 %d ms above %s%s (%d responses)",
                                span.percentileMs(95),
                                threshold(condition),
                                over,
                                span.responses()))
                        : Optional.empty();
        };
    }

    private static String threshold(AbortCondition condition) {
        double value = condition.threshold();
        String number = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        return number + condition.signal().unit();
    }
}
