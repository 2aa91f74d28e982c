package dev.stressgate.report.ai;

import dev.stressgate.report.analysis.Coverage;
import dev.stressgate.report.analysis.EndpointShare;
import dev.stressgate.report.analysis.Evidence;
import dev.stressgate.report.analysis.SourceAvailability;
import dev.stressgate.report.analysis.Status;
import java.util.List;
import java.util.Map;

/**
 * The content of {@code ai-analysis.json}: the final verdict (the deterministic status, raised but never lowered by
 * a validated model answer), the narrative, the deterministic basis it rests on, and what the model contributed.
 *
 * @param schemaVersion        1
 * @param runId                run directory name
 * @param profile              profile name
 * @param status               final status
 * @param summary              model summary when it validated, otherwise the deterministic summary
 * @param findings             rule findings (ranked), then validated model findings
 * @param bottlenecks          model's when it gave valid ones, otherwise titles of CAPACITY/RESOURCE/LATENCY findings
 * @param likelyCauses         model's validated causes (empty without the model)
 * @param nextActions          model's when it gave valid ones, otherwise the rule findings' next actions
 * @param confidence           model's when it answered validly, otherwise source coverage (1 minus 0.25 per degraded source)
 * @param deterministicStatus  status of the rules alone
 * @param deterministicReasons why
 * @param deterministicSummary the rules' own summary, the report's verdict paragraph whatever the model said
 * @param slo                  every SLO with its outcome
 * @param evidence             every evidence id the findings and the SLO results cite, resolved
 * @param slowestEndpoints     slowest requests with their share of total time
 * @param baseline             baseline comparison, or null without a baseline
 * @param sources              health of each source
 * @param coverage             which sources the verdict rests on and the checks that could not run (null in files
 *                             written before it existed)
 * @param model                the model's contribution
 */
public record AiAnalysis(
        int schemaVersion,
        String runId,
        String profile,
        Status status,
        String summary,
        List<ReportedFinding> findings,
        List<String> bottlenecks,
        List<String> likelyCauses,
        List<String> nextActions,
        double confidence,
        Status deterministicStatus,
        List<String> deterministicReasons,
        String deterministicSummary,
        List<SloEntry> slo,
        Map<String, Evidence> evidence,
        List<EndpointShare> slowestEndpoints,
        BaselineEntry baseline,
        Map<String, SourceAvailability> sources,
        Coverage coverage,
        ModelInfo model) {

    public static final int SCHEMA_VERSION = 1;

    /** This analysis with the model's contribution described otherwise (e.g. as not configured). */
    public AiAnalysis withModel(ModelInfo newModel) {
        return new AiAnalysis(
                schemaVersion,
                runId,
                profile,
                status,
                summary,
                findings,
                bottlenecks,
                likelyCauses,
                nextActions,
                confidence,
                deterministicStatus,
                deterministicReasons,
                deterministicSummary,
                slo,
                evidence,
                slowestEndpoints,
                baseline,
                sources,
                coverage,
                newModel);
    }
}
