package dev.stressgate.report.render.view;

import java.util.List;

/**
 * The report's headline: the final status (deterministic rules, possibly refined by the AI analysis), the
 * deterministic status on its own with its reasons, and the rules' one-paragraph summary. The model's prose is never
 * the verdict: {@code modelAnalysis} is shown under it, labelled as the model's, or is null when the model was not used.
 */
public record Verdict(String status, String deterministicStatus, List<String> deterministicReasons, String summary,
    String modelAnalysis) {
  public Verdict {
    deterministicReasons = List.copyOf(deterministicReasons);
  }
}
