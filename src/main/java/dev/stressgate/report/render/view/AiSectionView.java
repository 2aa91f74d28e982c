package dev.stressgate.report.render.view;

import java.util.List;

/**
 * What the AI analysis contributed. When {@code used} is false, {@code note} says why (disabled, unreachable,
 * invalid answer) and the lists are empty.
 */
public record AiSectionView(
        boolean used,
        String model,
        String status,
        String summary,
        Double confidence,
        List<String> bottlenecks,
        List<String> likelyCauses,
        List<String> nextActions,
        List<DroppedItem> dropped,
        String note) {
    public AiSectionView {
        bottlenecks = List.copyOf(bottlenecks);
        likelyCauses = List.copyOf(likelyCauses);
        nextActions = List.copyOf(nextActions);
        dropped = List.copyOf(dropped);
    }
}
