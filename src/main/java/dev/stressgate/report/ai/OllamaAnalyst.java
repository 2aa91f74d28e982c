package dev.stressgate.report.ai;

import dev.stressgate.report.analysis.Analysis;
import dev.stressgate.report.analysis.AnalysisInput;
import dev.stressgate.report.analysis.Evidence;
import dev.stressgate.report.analysis.Finding;
import dev.stressgate.report.analysis.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Asks the model for a narrative of the deterministic analysis and combines both into {@link AiAnalysis}. The model
 * can add findings, causes and actions, and raise the status; it can never lower it. When the model is disabled,
 * unreachable, slow, refusing or garbled, the result is the deterministic analysis alone with the reason recorded.
 */
public final class OllamaAnalyst {

    private final UnaryOperator<String> redact;

    private static final double DEGRADED_SOURCE_PENALTY = 0.25;

    private final OllamaSettings settings;
    private final OllamaClient client;
    private final PromptRenderer prompts;
    private final AnswerSchema schema = new AnswerSchema();
    private final AnswerValidator validator = new AnswerValidator();
    private final DeterministicNarrative narrative = new DeterministicNarrative(new TextTemplates());

    /**
     * @param redact applied to log text before it enters the prompt, and to everything the model or its server
     *               answers (the answer, error bodies) before any of it is stored
     */
    public OllamaAnalyst(OllamaSettings settings, UnaryOperator<String> redact) {
        this.redact = redact;
        this.settings = settings;
        this.client = new OllamaClient(settings);
        this.prompts = new PromptRenderer(redact);
    }

    public AiAnalysis analyze(Analysis analysis, AnalysisInput input) {
        if (!settings.enabled()) {
            return combine(analysis, input, null, info(Outcome.DISABLED, null, "disabled", List.of()));
        }
        long start = System.nanoTime();
        try {
            String content = redact.apply(client.chat(prompts.messages(analysis, input), schema.schema()));
            long latency = elapsedMs(start);
            ModelAnswer answer = schema.parse(content);
            ValidatedAnswer validated = validator.validate(answer, analysis, new FactSheet(analysis, input));
            return combine(analysis, input, validated, info(Outcome.OK, latency, null, validated.dropped()));
        } catch (OllamaFailure e) {
            return combine(
                    analysis,
                    input,
                    null,
                    info(e.outcome(), elapsedMs(start), redact.apply(e.getMessage()), List.of()));
        } catch (AnswerSchema.SchemaViolation e) {
            String why = redact.apply(e.getMessage());
            return combine(
                    analysis,
                    input,
                    null,
                    info(Outcome.INVALID_ANSWER, elapsedMs(start), why, List.of(new DroppedPart("answer", why))));
        }
    }

    private ModelInfo info(Outcome outcome, Long latencyMs, String reason, List<DroppedPart> dropped) {
        return new ModelInfo(settings.model(), settings.url().toString(), outcome, latencyMs, reason, dropped);
    }

    private AiAnalysis combine(Analysis analysis, AnalysisInput input, ValidatedAnswer answer, ModelInfo model) {
        List<ReportedFinding> findings = new ArrayList<>(
                analysis.findings().stream().map(ReportedFinding::fromRule).toList());
        Status status = analysis.status();
        String deterministicSummary = narrative.summary(analysis);
        String summary = deterministicSummary;
        List<String> bottlenecks = narrative.bottlenecks(analysis);
        List<String> causes = List.of();
        List<String> actions = narrative.nextActions(analysis);
        double confidence = coverage(input);
        if (answer != null) {
            if (answer.status() != null) {
                status = status.worst(answer.status());
            }
            if (answer.summary() != null) {
                summary = answer.summary();
            }
            for (int i = 0; i < answer.findings().size(); i++) {
                findings.add(ReportedFinding.fromModel(i, answer.findings().get(i)));
            }
            bottlenecks = answer.bottlenecks().isEmpty() ? bottlenecks : answer.bottlenecks();
            causes = answer.likelyCauses();
            actions = answer.nextActions().isEmpty() ? actions : answer.nextActions();
            confidence = answer.confidence();
        }
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        for (Finding f : analysis.findings()) {
            f.evidence().forEach(e -> evidence.putIfAbsent(e.id(), e));
        }
        analysis.slo().forEach(r -> evidence.putIfAbsent(r.evidenceId(), r.evidence()));
        return new AiAnalysis(
                AiAnalysis.SCHEMA_VERSION,
                input.run().runId(),
                input.run().profile(),
                status,
                summary,
                findings,
                bottlenecks,
                causes,
                actions,
                confidence,
                analysis.status(),
                analysis.reasons(),
                deterministicSummary,
                analysis.slo().stream().map(SloEntry::of).toList(),
                evidence,
                analysis.slowest(),
                analysis.baseline().map(BaselineEntry::of).orElse(null),
                input.sources(),
                analysis.coverage(),
                model);
    }

    private static double coverage(AnalysisInput input) {
        long degraded =
                input.sources().values().stream().filter(s -> !s.available()).count();
        return Math.max(0, 1 - DEGRADED_SOURCE_PENALTY * degraded);
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
