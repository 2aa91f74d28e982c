package dev.stressgate.report.analysis;

import java.util.List;

/** The deterministic status and the reasons for it, most severe first. */
public record Verdict(Status status, List<String> reasons) {

    public Verdict {
        reasons = List.copyOf(reasons);
    }
}
