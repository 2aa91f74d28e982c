package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.AnalysisRule;
import dev.stressgate.report.analysis.AnalysisThresholds;
import dev.stressgate.report.analysis.Category;
import dev.stressgate.report.analysis.ErrorCount;
import dev.stressgate.report.analysis.Evidence;
import dev.stressgate.report.analysis.Finding;
import dev.stressgate.report.analysis.MetricSeries;
import dev.stressgate.report.analysis.Quantities;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.SecondSample;
import dev.stressgate.report.analysis.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Error bursts: runs of seconds whose error rate is at least {@code burstErrorPct} (quiet gaps up to
 * {@code burstMergeGapSeconds} merged), with at least {@code burstMinErrors} errors, that random errors at the rest
 * of the run's rate would produce with at most {@code burstChance} ({@link ChanceOfRandomBurst}): a steady trickle
 * of errors over a long run clusters by chance, and those clusters are not bursts. Nor is a window that holds every
 * response of the run: that is the run's error rate, which the server-error finding and the SLOs report.
 *
 * <p>Each burst reports its start, duration, errors and responses of the whole window, the run's background error
 * rate, the requests that failed during the run, and the server series whose mean inside the burst (padded by
 * {@value #PAD_MS} ms, one scrape interval) differs from their mean outside it by at least
 * {@code serverMoveFactor}. A burst is a WARNING, except when every KO of the run is a 429: then it is the rate
 * limiter refusing work on purpose, which the rate-limit finding reports, and the burst is INFO (it only tells
 * when that happened).
 */
public final class ErrorBurstRule implements AnalysisRule {

    static final long PAD_MS = 5_000;

    private record Burst(long fromMs, long toMs, long errors, long responses, double peakPct,
                         ChanceOfRandomBurst chance) {
    }

    /** Server series that moved during a burst: their references and their means during/outside it. */
    private record Moves(List<String> refs, Map<String, Double> means) {
    }

    @Override
    public String name() {
        return "error_burst";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<Burst> bursts = bursts(context.input().timeline(), context.thresholds());
        List<ErrorCount> errors = context.input().errors();
        List<String> failing = errors.stream().map(ErrorCount::request).filter(Objects::nonNull).distinct().sorted()
                .toList();
        boolean throttlingOnly = !errors.isEmpty() && errors.stream().allMatch(ErrorCount::isRateLimit);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < bursts.size(); i++) {
            findings.add(finding(i + 1, bursts.get(i), failing, throttlingOnly, context));
        }
        return findings;
    }

    private List<Burst> bursts(List<SecondSample> timeline, AnalysisThresholds t) {
        List<SecondSample> sorted = timeline.stream().sorted(Comparator.comparingLong(SecondSample::epochMs)).toList();
        long runErrors = sorted.stream().mapToLong(SecondSample::errors).sum();
        long runResponses = sorted.stream().mapToLong(SecondSample::responses).sum();
        List<Burst> bursts = new ArrayList<>();
        for (List<SecondSample> window : hotWindows(sorted, t)) {
            long errors = window.stream().mapToLong(SecondSample::errors).sum();
            if (errors < t.burstMinErrors()) {
                continue;
            }
            long responses = window.stream().mapToLong(SecondSample::responses).sum();
            if (responses == runResponses) {
                continue;
            }
            ChanceOfRandomBurst chance = ChanceOfRandomBurst.of(errors, responses, runErrors - errors,
                    runResponses - responses, sorted.size());
            if (chance.chance() <= t.burstChance()) {
                double peak = window.stream().filter(s -> isHot(s, t))
                        .mapToDouble(SecondSample::errorRatePct).max().orElse(0);
                bursts.add(new Burst(window.get(0).epochMs(), window.get(window.size() - 1).epochMs() + 1000,
                        errors, responses, peak, chance));
            }
        }
        return bursts;
    }

    /**
     * Windows from a hot second to the last hot second that follows with quiet gaps of at most
     * {@code burstMergeGapSeconds}; each window holds every second in between, the quiet ones included.
     */
    private static List<List<SecondSample>> hotWindows(List<SecondSample> sorted, AnalysisThresholds t) {
        List<List<SecondSample>> windows = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (int i = 0; i < sorted.size(); i++) {
            if (!isHot(sorted.get(i), t)) {
                continue;
            }
            if (first >= 0 && sorted.get(i).epochMs() - sorted.get(last).epochMs()
                    > (t.burstMergeGapSeconds() + 1) * 1000L) {
                windows.add(sorted.subList(first, last + 1));
                first = -1;
            }
            if (first < 0) {
                first = i;
            }
            last = i;
        }
        if (first >= 0) {
            windows.add(sorted.subList(first, last + 1));
        }
        return windows;
    }

    private static boolean isHot(SecondSample second, AnalysisThresholds t) {
        return second.responses() > 0 && second.errorRatePct() >= t.burstErrorPct();
    }

    /**
     * @param failing        the requests that failed anywhere in the run, sorted
     * @param throttlingOnly every KO of the run is a 429
     */
    private Finding finding(int index, Burst burst, List<String> failing, boolean throttlingOnly,
                            RuleContext context) {
        String id = "error_burst." + index;
        long durationS = (burst.toMs() - burst.fromMs()) / 1000;
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("errors", (double) burst.errors());
        values.put("responses", (double) burst.responses());
        values.put("duration_s", (double) durationS);
        values.put("peak_error_rate_pct", burst.peakPct());
        values.put("background_error_rate_pct", burst.chance().backgroundRatePct());
        values.put("expected_errors", burst.chance().expectedErrors());
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence(id, "gatling", failing, burst.fromMs(), burst.toMs(), values));
        Moves moved = movedSeries(context.input().server(), burst, context.thresholds().serverMoveFactor());
        if (!moved.refs().isEmpty()) {
            evidence.add(new Evidence(id + ".server", "metrics", moved.refs(), burst.fromMs() - PAD_MS,
                    burst.toMs() + PAD_MS, moved.means()));
        }
        String requests = failing.isEmpty() ? "requests not attributed" : String.join(", ", failing);
        return new Finding(id, name(), Category.ERRORS, throttlingOnly ? Severity.INFO : Severity.WARNING, burst.errors(),
                "Error burst of " + durationS + " s with " + burst.errors() + " errors",
                "For " + durationS + " s, " + context.clock().window(burst.fromMs(), burst.toMs()) + ", "
                        + burst.errors() + " of "
                        + burst.responses() + " responses failed (peak " + Quantities.pct(burst.peakPct())
                        + " per second), where the rest of the run's error rate of "
                        + Quantities.pct(burst.chance().backgroundRatePct()) + " would give "
                        + Quantities.plain(burst.chance().expectedErrors()) + " errors; requests that failed during the run: "
                        + requests + "."
                        + (moved.refs().isEmpty() ? " No server series moved during the burst."
                        : " Server series that moved: " + String.join(", ", moved.refs()) + ".")
                        + (throttlingOnly ? " Every error of the run is a 429: see the rate-limiting finding." : ""),
                "Correlate the burst window with the server logs and the series that moved.", evidence);
    }

    private Moves movedSeries(List<MetricSeries> server, Burst burst, double factor) {
        List<String> refs = new ArrayList<>();
        Map<String, Double> means = new TreeMap<>();
        for (MetricSeries s : server) {
            OptionalDouble inside = s.meanBetween(burst.fromMs() - PAD_MS, burst.toMs() + PAD_MS);
            OptionalDouble outside = s.meanOutside(burst.fromMs() - PAD_MS, burst.toMs() + PAD_MS);
            if (inside.isEmpty() || outside.isEmpty()) {
                continue;
            }
            double base = Math.max(Math.abs(outside.getAsDouble()), 1e-9);
            if (Math.abs(inside.getAsDouble() - outside.getAsDouble()) / base >= factor) {
                refs.add(s.ref());
                means.put(s.ref() + ".during", inside.getAsDouble());
                means.put(s.ref() + ".outside", outside.getAsDouble());
            }
        }
        return new Moves(refs, means);
    }
}
