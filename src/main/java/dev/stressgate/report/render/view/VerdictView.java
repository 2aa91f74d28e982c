package dev.stressgate.report.render.view;

import java.util.List;

/**
 * The report's headline: the final status (deterministic rules, possibly refined by the AI analysis), the
 * deterministic status on its own with its reasons, the rules' one-paragraph summary, and what the verdict rests on
 * when server metrics or logs are missing ({@code coverage}, null when both delivered). The model's prose is never
 * the verdict: {@code modelAnalysis} is shown under it, labelled as the model's, or is null when the model was not used.
 */
public record VerdictView(
        String status,
        String deterministicStatus,
        List<String> deterministicReasons,
        String summary,
        String coverage,
        String modelAnalysis) {
    public VerdictView {
        deterministicReasons = List.copyOf(deterministicReasons);
    }

    /** A verdict with server metrics and logs. */
    public VerdictView(String status, String deterministicStatus, List<String> deterministicReasons, String summary) {
        this(status, deterministicStatus, deterministicReasons, summary, null, null);
    }
}
