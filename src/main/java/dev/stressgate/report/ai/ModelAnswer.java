package dev.stressgate.report.ai;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stressgate.report.analysis.Status;
import java.util.List;

/** The model's answer, shaped by {@code ai/answer-schema.json}. */
public record ModelAnswer(
        @JsonProperty(value = "status", required = true) Status status,
        @JsonProperty(value = "summary", required = true) String summary,
        @JsonProperty(value = "findings", required = true) List<ModelFinding> findings,

        @JsonProperty(value = "bottlenecks", required = true)
        List<String> bottlenecks,

        @JsonProperty(value = "likely_causes", required = true)
        List<String> likelyCauses,

        @JsonProperty(value = "next_actions", required = true)
        List<String> nextActions,

        @JsonProperty(value = "confidence", required = true) double confidence) {}
