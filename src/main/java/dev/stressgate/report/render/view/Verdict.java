package dev.stressgate.report.render.view;

import java.util.List;

/**
 * The report's headline: the final status (deterministic rules, possibly refined by the AI analysis), the
 * deterministic status on its own with its reasons, and a one-paragraph summary.
 */
public record Verdict(String status, String deterministicStatus, List<String> deterministicReasons, String summary) {
  public Verdict {
    deterministicReasons = List.copyOf(deterministicReasons);
  }
}
