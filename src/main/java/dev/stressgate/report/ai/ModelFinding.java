package dev.stressgate.report.ai;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A finding as the model states it, citing evidence ids of the deterministic analysis. */
public record ModelFinding(
        @JsonProperty(value = "title", required = true) String title,
        @JsonProperty(value = "detail", required = true) String detail,
        @JsonProperty(value = "evidence", required = true) List<String> evidence) {}
