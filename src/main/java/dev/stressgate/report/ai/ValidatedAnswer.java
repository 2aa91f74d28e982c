package dev.stressgate.report.ai;

import dev.stressgate.report.analysis.Status;
import java.util.List;

/**
 * What is left of the model's answer after validation; dropped parts are null or missing from the lists, and
 * {@code dropped} says which and why.
 */
public record ValidatedAnswer(
        Status status,
        String summary,
        List<ModelFinding> findings,
        List<String> bottlenecks,
        List<String> likelyCauses,
        List<String> nextActions,
        Double confidence,
        List<DroppedPart> dropped) {

    public ValidatedAnswer {
        findings = List.copyOf(findings);
        bottlenecks = List.copyOf(bottlenecks);
        likelyCauses = List.copyOf(likelyCauses);
        nextActions = List.copyOf(nextActions);
        dropped = List.copyOf(dropped);
    }
}
