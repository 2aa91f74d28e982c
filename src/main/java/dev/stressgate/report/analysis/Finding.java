package dev.stressgate.report.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One deterministic observation about a run.
 *
 * @param id         stable finding id (the rule name plus a stable qualifier)
 * @param rule       name of the rule that produced it
 * @param category   what it is about
 * @param severity   its weight on the verdict
 * @param score      magnitude used to rank findings of the same severity (rule specific, larger is worse)
 * @param title      one line
 * @param detail     explanation with the numbers
 * @param nextAction what an engineer should do next
 * @param evidence   what it rests on; never empty
 */
public record Finding(
        String id,
        String rule,
        Category category,
        Severity severity,
        double score,
        String title,
        String detail,
        String nextAction,
        List<Evidence> evidence) {

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        evidence = List.copyOf(evidence);
    }
}
