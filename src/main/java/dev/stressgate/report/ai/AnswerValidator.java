package dev.stressgate.report.ai;

import dev.stressgate.report.analysis.Analysis;
import dev.stressgate.report.analysis.Finding;
import dev.stressgate.report.analysis.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a schema-conforming answer against the deterministic analysis, part by part:
 * <ul>
 *   <li>{@code status} must be at least the deterministic status (it may raise it, never lower it);</li>
 *   <li>each finding must cite at least one evidence id, and every id it cites must exist (an evidence id or a
 *       finding id of the analysis);</li>
 *   <li>every number-with-unit in the summary, a finding, a bottleneck, a cause or an action must be supported by
 *       the {@link FactSheet}.</li>
 * </ul>
 * A failing part is dropped and recorded; the rest is kept.
 */
public final class AnswerValidator {

    public ValidatedAnswer validate(ModelAnswer answer, Analysis analysis, FactSheet facts) {
        List<DroppedPart> dropped = new ArrayList<>();
        Set<String> knownIds = new HashSet<>(analysis.evidenceIds());
        analysis.findings().stream().map(Finding::id).forEach(knownIds::add);

        Status status = answer.status();
        if (!status.isAtLeast(analysis.status())) {
            dropped.add(new DroppedPart(
                    "status",
                    "model said " + status + " but the deterministic status is " + analysis.status()
                            + "; the model may raise the status, never lower it"));
            status = null;
        }
        String summary = answer.summary();
        String summaryProblem = unsupported(summary, facts);
        if (summaryProblem != null) {
            dropped.add(new DroppedPart("summary", summaryProblem));
            summary = null;
        }
        List<ModelFinding> findings = new ArrayList<>();
        for (int i = 0; i < answer.findings().size(); i++) {
            ModelFinding f = answer.findings().get(i);
            String problem = findingProblem(f, knownIds, facts);
            if (problem == null) {
                findings.add(f);
            } else {
                dropped.add(new DroppedPart("findings[" + i + "]", problem));
            }
        }
        return new ValidatedAnswer(
                status,
                summary,
                findings,
                texts("bottlenecks", answer.bottlenecks(), facts, dropped),
                texts("likely_causes", answer.likelyCauses(), facts, dropped),
                texts("next_actions", answer.nextActions(), facts, dropped),
                answer.confidence(),
                dropped);
    }

    private String findingProblem(ModelFinding f, Set<String> knownIds, FactSheet facts) {
        if (f.evidence().isEmpty()) {
            return "cites no evidence id";
        }
        List<String> unknown =
                f.evidence().stream().filter(id -> !knownIds.contains(id)).toList();
        if (!unknown.isEmpty()) {
            return "cites unknown evidence " + unknown;
        }
        String problem = unsupported(f.title() + " " + f.detail(), facts);
        return problem;
    }

    private List<String> texts(String part, List<String> items, FactSheet facts, List<DroppedPart> dropped) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String problem = unsupported(items.get(i), facts);
            if (problem == null) {
                kept.add(items.get(i));
            } else {
                dropped.add(new DroppedPart(part + "[" + i + "]", problem));
            }
        }
        return kept;
    }

    /** Null when every number-with-unit of the text is supported, otherwise which are not. */
    private static String unsupported(String text, FactSheet facts) {
        List<NumberClaim> wrong = NumberClaim.extract(text).stream()
                .filter(c -> !facts.supports(c))
                .toList();
        if (wrong.isEmpty()) {
            return null;
        }
        return "numbers not found in the data: "
                + wrong.stream().map(NumberClaim::text).collect(Collectors.joining(", "));
    }
}
