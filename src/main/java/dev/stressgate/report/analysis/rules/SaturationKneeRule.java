package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.AnalysisRule;
import dev.stressgate.report.analysis.AnalysisThresholds;
import dev.stressgate.report.analysis.Category;
import dev.stressgate.report.analysis.Evidence;
import dev.stressgate.report.analysis.Finding;
import dev.stressgate.report.analysis.Quantities;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.SecondSample;
import dev.stressgate.report.analysis.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The saturation knee: the seconds of the timeline are grouped into {@code kneeLoadBins} equal-width levels of
 * active users; the knee is the first level whose median p95 is at least {@code kneeLatencyFactor} times (and
 * {@code kneeMinLatencyIncreaseMs} above) the lowest level's while throughput grew less than
 * {@code kneeThroughputElasticity} times as fast as load since the previous level, and no higher level raised
 * throughput at least that fast from it (then the server was not saturated there: a slow warm-up at low load looks
 * like a knee until more users get more throughput). The capacity estimate is the
 * highest mean throughput up to the knee. Silent without a knee or without enough load variation (peak under 1.5x
 * the lowest level).
 */
public final class SaturationKneeRule implements AnalysisRule {

    private static final int MIN_SAMPLES_PER_LEVEL = 2;
    private static final double MIN_LOAD_SPAN = 1.5;

    record Level(double users, double throughput, double p95Ms, long fromMs, long toMs) {}

    @Override
    public String name() {
        return "saturation_knee";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        AnalysisThresholds t = context.thresholds();
        List<Level> levels = levels(context.input().timeline(), t.kneeLoadBins());
        if (levels.size() < 3) {
            return List.of();
        }
        Level base = levels.get(0);
        for (int i = 1; i < levels.size(); i++) {
            Level prev = levels.get(i - 1);
            Level level = levels.get(i);
            boolean latencyUp = t.latencyClimbed(base.p95Ms(), level.p95Ms());
            double loadGrowth = (level.users() - prev.users()) / prev.users();
            double throughputGrowth = (level.throughput() - prev.throughput()) / prev.throughput();
            boolean flat = loadGrowth > 0 && throughputGrowth / loadGrowth < t.kneeThroughputElasticity();
            if (latencyUp && flat && !scaledBeyond(levels, i, t)) {
                double capacity = levels.subList(0, i + 1).stream()
                        .mapToDouble(Level::throughput)
                        .max()
                        .orElse(0);
                return List.of(finding(base, level, capacity));
            }
        }
        return List.of();
    }

    /**
     * Whether some higher load level still raised throughput at least {@code kneeThroughputElasticity} times as fast
     * as load from level {@code knee}: the server was not saturated there (a slow warm-up at low load looks like a
     * knee until more users get more throughput).
     */
    private static boolean scaledBeyond(List<Level> levels, int knee, AnalysisThresholds t) {
        Level at = levels.get(knee);
        return levels.subList(knee + 1, levels.size()).stream().anyMatch(later -> {
            double loadGrowth = (later.users() - at.users()) / at.users();
            double throughputGrowth = (later.throughput() - at.throughput()) / at.throughput();
            return loadGrowth > 0 && throughputGrowth / loadGrowth >= t.kneeThroughputElasticity();
        });
    }

    static List<Level> levels(List<SecondSample> timeline, int bins) {
        List<SecondSample> loaded = timeline.stream()
                .filter(s -> s.activeUsers() > 0 && s.responses() > 0 && Double.isFinite(s.p95Ms()))
                .toList();
        if (loaded.size() < bins * MIN_SAMPLES_PER_LEVEL) {
            return List.of();
        }
        long min = loaded.stream().mapToLong(SecondSample::activeUsers).min().orElseThrow();
        long max = loaded.stream().mapToLong(SecondSample::activeUsers).max().orElseThrow();
        if (max < MIN_LOAD_SPAN * min) {
            return List.of();
        }
        double width = (double) (max - min) / bins;
        List<List<SecondSample>> grouped = new ArrayList<>();
        for (int i = 0; i < bins; i++) {
            grouped.add(new ArrayList<>());
        }
        for (SecondSample s : loaded) {
            int bin = (int) Math.min(bins - 1, Math.floor((s.activeUsers() - min) / width));
            grouped.get(bin).add(s);
        }
        List<Level> levels = new ArrayList<>();
        for (List<SecondSample> group : grouped) {
            if (group.size() >= MIN_SAMPLES_PER_LEVEL) {
                levels.add(level(group));
            }
        }
        return levels;
    }

    private static Level level(List<SecondSample> group) {
        double users =
                group.stream().mapToLong(SecondSample::activeUsers).average().orElseThrow();
        double throughput =
                group.stream().mapToLong(SecondSample::responses).average().orElseThrow();
        double median = CpuSaturationRule.medianP95(group);
        long from = group.stream().mapToLong(SecondSample::epochMs).min().orElseThrow();
        long to = group.stream().mapToLong(SecondSample::epochMs).max().orElseThrow() + 1000;
        return new Level(users, throughput, median, from, to);
    }

    private Finding finding(Level base, Level knee, double capacity) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("knee_users", knee.users());
        values.put("knee_throughput_rps", knee.throughput());
        values.put("knee_p95_ms", knee.p95Ms());
        values.put("base_users", base.users());
        values.put("base_p95_ms", base.p95Ms());
        values.put("capacity_rps", capacity);
        Evidence evidence = new Evidence(
                "capacity.knee",
                "gatling",
                List.of("active users", "responses/s", "p95"),
                knee.fromMs(),
                knee.toMs(),
                values);
        return new Finding(
                "saturation_knee",
                name(),
                Category.CAPACITY,
                Severity.WARNING,
                knee.p95Ms() / Math.max(base.p95Ms(), 1),
                "Saturation knee at about " + Quantities.plain(Math.round(knee.users())) + " users (capacity about "
                        + Quantities.perSecond(capacity) + ")",
                "At about " + Quantities.plain(Math.round(knee.users())) + " active users p95 rose to "
                        + Quantities.ms(knee.p95Ms()) + " from " + Quantities.ms(base.p95Ms()) + " at "
                        + Quantities.plain(Math.round(base.users())) + " users, while throughput flattened at "
                        + Quantities.perSecond(knee.throughput()) + ". Estimated capacity: "
                        + Quantities.perSecond(capacity) + ".",
                "Treat " + Quantities.perSecond(capacity) + " as the current capacity; find the saturated resource "
                        + "among the resource findings before adding load.",
                List.of(evidence));
    }
}
