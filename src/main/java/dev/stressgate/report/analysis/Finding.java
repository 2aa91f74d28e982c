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
 * @param explains   ids of other findings whose figures this one accounts for (an error burst that holds most of the
 *                   run's server errors explains {@code server_errors}), or the name of a rule for every finding of
 *                   that rule (a server out of CPU explains {@code db_latency}); the ranking puts it directly before
 *                   them
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
        List<Evidence> evidence,
        List<String> explains) {

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        evidence = List.copyOf(evidence);
        explains = List.copyOf(explains);
    }

    /** A finding that explains no other. */
    public Finding(
            String id,
            String rule,
            Category category,
            Severity severity,
            double score,
            String title,
            String detail,
            String nextAction,
            List<Evidence> evidence) {
        this(id, rule, category, severity, score, title, detail, nextAction, evidence, List.of());
    }

    /** This finding, stating that it accounts for the figures of the findings with these ids. */
    public Finding explaining(List<String> ids) {
        return new Finding(id, rule, category, severity, score, title, detail, nextAction, evidence, ids);
    }
}
