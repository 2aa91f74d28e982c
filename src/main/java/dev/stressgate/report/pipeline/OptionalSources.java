package dev.stressgate.report.pipeline;

import dev.stressgate.report.ai.AiAnalysis;
import dev.stressgate.report.ai.ModelInfo;
import dev.stressgate.report.ai.Outcome;
import dev.stressgate.report.sources.logs.LogReport;
import dev.stressgate.report.sources.metrics.MetricsReport;

/**
 * Optional sources read as optional: Prometheus, Loki and Ollama left at their default address
 * ({@link ConfiguredSources}) that gave nothing are "not configured", which is no fault; configured ones that
 * failed keep their status and cause.
 */
final class OptionalSources {
    private final ReportSettings settings;

    OptionalSources(ReportSettings settings) {
        this.settings = settings;
    }

    MetricsReport metrics(MetricsReport metrics) {
        return settings.configured().prometheus()
                ? metrics
                : metrics.withPrometheusOptional("PROM_URL unset; nothing answered at the default "
                        + settings.metrics().prometheusUrl());
    }

    LogReport logs(LogReport logs) {
        return settings.configured().loki()
                ? logs
                : logs.withLokiOptional("LOKI_URL unset; nothing answered at the default "
                        + settings.logs().lokiUrl());
    }

    AiAnalysis model(AiAnalysis ai) {
        ModelInfo model = ai.model();
        if (settings.configured().ollama() || model.outcome() != Outcome.UNREACHABLE) {
            return ai;
        }
        return ai.withModel(new ModelInfo(
                model.name(),
                model.url(),
                Outcome.NOT_CONFIGURED,
                model.latencyMs(),
                "OLLAMA_URL unset; nothing answered at the default " + model.url()
                        + ", so the analysis is the deterministic one",
                model.dropped()));
    }
}
