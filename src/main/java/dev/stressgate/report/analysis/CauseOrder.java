package dev.stressgate.report.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The last step of the ranking: a cause that explains another finding ({@link Finding#explains()}) is listed directly
 * before the first finding it explains when the ranking put it after it. Severity and score compare different rules
 * on different scales; "this burst holds most of the run's server errors" is a statement about two findings, so it
 * decides their order. Only causes move (severity WARNING or CRITICAL, not an SLO breach, regression or injector
 * finding), and only in front of a finding they explain; the order of everything else is kept.
 */
public final class CauseOrder {

    private CauseOrder() {}

    public static List<Finding> explainersFirst(List<Finding> ranked) {
        List<Finding> ordered = new ArrayList<>(ranked.size());
        boolean[] placed = new boolean[ranked.size()];
        for (int i = 0; i < ranked.size(); i++) {
            if (placed[i]) {
                continue;
            }
            Finding explained = ranked.get(i);
            for (int j = i + 1; j < ranked.size(); j++) {
                Finding later = ranked.get(j);
                if (!placed[j] && isCause(later) && explains(later, explained)) {
                    ordered.add(later);
                    placed[j] = true;
                }
            }
            ordered.add(explained);
            placed[i] = true;
        }
        return ordered;
    }

    /** Whether {@code cause} names {@code finding}'s id, or its rule for every finding of that rule. */
    private static boolean explains(Finding cause, Finding finding) {
        return cause.explains().contains(finding.id()) || cause.explains().contains(finding.rule());
    }

    /** A finding of the ranking's cause group: WARNING or CRITICAL, neither symptom nor about the injector. */
    private static boolean isCause(Finding finding) {
        return AnalysisEngine.rankGroup(finding) == AnalysisEngine.CAUSES;
    }
}
