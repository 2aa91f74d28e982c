package dev.stressgate.report.ai;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.report.analysis.Analysis;
import dev.stressgate.report.analysis.AnalysisInput;
import dev.stressgate.report.analysis.Finding;
import dev.stressgate.report.analysis.LogExcerpt;
import dev.stressgate.report.analysis.Quantities;
import dev.stressgate.report.analysis.RunClock;
import dev.stressgate.report.analysis.SloResult;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Renders the system and user messages from {@code templates/ai-system.ftl} and {@code templates/ai-prompt.ftl}.
 * Log excerpts are redacted, stripped of control characters, cut to {@value #MAX_LOG_CHARS} characters, at most
 * {@value #MAX_LOG_LINES} of them, and placed between delimiter lines; any occurrence of the delimiter inside a
 * log line is defused so a line cannot close the data block.
 */
public final class PromptRenderer {

    public static final String DELIMITER = "LOG_DATA";
    static final int MAX_LOG_LINES = 20;
    static final int MAX_LOG_CHARS = 300;

    private final TextTemplates templates = new TextTemplates();
    private final UnaryOperator<String> redact;
    private final ObjectMapper json = new ObjectMapper();

    /** @param redact applied to every log text before it enters the prompt (tokens, passwords, tickets) */
    public PromptRenderer(UnaryOperator<String> redact) {
        this.redact = redact;
    }

    public List<ChatMessage> messages(Analysis analysis, AnalysisInput input) {
        Map<String, Object> model = model(analysis, input);
        return List.of(
                new ChatMessage("system", templates.render("ai-system.ftl", model)),
                new ChatMessage("user", templates.render("ai-prompt.ftl", model)));
    }

    private Map<String, Object> model(Analysis analysis, AnalysisInput input) {
        RunClock clock = RunClock.of(input.run());
        Map<String, Object> model = new HashMap<>();
        model.put("delimiter", DELIMITER);
        model.put("run", tree(input.run()));
        model.put("durationS", input.run().durationMs() / 1000);
        model.put("analysis", Map.of("status", analysis.status().name(), "reasons", analysis.reasons()));
        model.put("global", tree(input.client().global()));
        model.put("errorRate", Quantities.pct(input.client().global().errorRatePct()));
        model.put("slo", analysis.slo().stream().map(this::slo).toList());
        model.put("slowest", analysis.slowest().stream().map(this::tree).toList());
        model.put(
                "findings",
                analysis.findings().stream().map(f -> finding(f, clock)).toList());
        model.put(
                "sources",
                input.sources().values().stream()
                        .sorted((a, b) -> a.name().compareTo(b.name()))
                        .map(this::tree)
                        .toList());
        model.put(
                "logs",
                input.logs().excerpts().stream()
                        .limit(MAX_LOG_LINES)
                        .map(l -> log(l, clock))
                        .toList());
        return model;
    }

    private Map<String, Object> slo(SloResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("evidenceId", r.evidenceId());
        m.put("metric", r.slo().metric().id());
        m.put("scope", r.slo().scope());
        m.put("outcome", r.outcome().name());
        m.put("measured", r.measured());
        m.put("max", r.slo().max());
        m.put("min", r.slo().min());
        m.put("note", r.note());
        return m;
    }

    /** The finding as data, each evidence window also said the way the report says it ("from 3:42 to 4:02 ..."). */
    private Map<String, Object> finding(Finding finding, RunClock clock) {
        Map<String, Object> m = tree(finding);
        m.put(
                "evidence",
                finding.evidence().stream()
                        .map(e -> {
                            Map<String, Object> evidence = tree(e);
                            if (e.fromMs() != null && e.toMs() != null) {
                                evidence.put("window", clock.window(e.fromMs(), e.toMs()));
                            }
                            return evidence;
                        })
                        .toList());
        return m;
    }

    private Map<String, Object> log(LogExcerpt excerpt, RunClock clock) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", clock.offset(excerpt.epochMs()));
        m.put("level", clean(excerpt.level()));
        m.put("category", excerpt.category() == null ? null : clean(excerpt.category()));
        m.put("text", clean(excerpt.text()));
        return m;
    }

    private String clean(String text) {
        if (text == null) {
            return "";
        }
        String safe = redact.apply(text).replaceAll("[\\p{Cntrl}&&[^\t]]", " ").replace(DELIMITER, "LOG-DATA");
        return safe.length() <= MAX_LOG_CHARS ? safe : safe.substring(0, MAX_LOG_CHARS) + "...";
    }

    private Map<String, Object> tree(Object value) {
        return json.convertValue(value, new TypeReference<Map<String, Object>>() {});
    }
}
