package dev.stressgate.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code abort_when}: one condition object or an array of them, each with exactly one of
 * {@code error_pct_above} (0..100) or {@code p95_ms_above} (ms, above 0) and {@code for_s} (seconds, 1..300).
 */
final class AbortWhenParser {
    private static final String FOR = "for_s";
    private static final int MAX_FOR_SECONDS = 300;

    private AbortWhenParser() {}

    static AbortWhen parse(ProfileField field) {
        if (!field.isPresent()) {
            return null;
        }
        List<ProfileField> elements =
                field.isArray() ? field.elements("an array of condition objects") : List.of(field);
        if (elements.isEmpty()) {
            throw field.error("at least one condition such as {\"p95_ms_above\": 800, \"for_s\": 10}");
        }
        List<AbortCondition> conditions = new ArrayList<>();
        for (ProfileField element : elements) {
            conditions.add(condition(element));
        }
        return new AbortWhen(conditions);
    }

    private static AbortCondition condition(ProfileField field) {
        List<String> signals = AbortCondition.Signal.ids();
        field.requireObject("an object with one of " + String.join(", ", signals) + " and " + FOR);
        List<String> allowed = new ArrayList<>(signals);
        allowed.add(FOR);
        field.rejectUnknownFields(allowed);
        List<String> given = signals.stream().filter(field::has).toList();
        if (given.size() != 1) {
            throw field.invalid("expected exactly one of " + String.join(", ", signals) + ", got "
                    + (given.isEmpty() ? "none" : String.join(" and ", given)));
        }
        AbortCondition.Signal signal =
                AbortCondition.Signal.valueOf(given.get(0).toUpperCase(java.util.Locale.ROOT));
        ProfileField threshold = field.child(given.get(0));
        double value = signal == AbortCondition.Signal.ERROR_PCT_ABOVE
                ? threshold.numberBetween(0, 100)
                : threshold.numberAtLeast(1);
        int forSeconds = field.child(FOR).integerAtLeast(1);
        if (forSeconds > MAX_FOR_SECONDS) {
            throw field.child(FOR).invalid("expected at most " + MAX_FOR_SECONDS + " seconds, got " + forSeconds);
        }
        return new AbortCondition(signal, value, forSeconds);
    }
}
