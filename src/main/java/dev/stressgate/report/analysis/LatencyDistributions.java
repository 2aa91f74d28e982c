package dev.stressgate.report.analysis;

import dev.stressgate.profile.Slo;
import dev.stressgate.report.gatling.LatencyHistogramCodec;
import dev.stressgate.report.gatling.RunSummary;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.DoubleStream;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * The whole response-time distribution of a run per scope ({@link Slo#GLOBAL} or a request name), as summary.json
 * stores it ({@link LatencyHistogramCodec}). Empty for summaries written before distributions were stored: such a
 * run can still be compared on figures, but no latency change can be shown to be beyond noise.
 *
 * @param encoded the encoded histogram by scope
 */
public record LatencyDistributions(Map<String, String> encoded) {

    /** Most samples one scope gives a rank test. */
    public static final int MAX_SAMPLES = 200_000;

    public LatencyDistributions {
        encoded = Map.copyOf(encoded);
    }

    public static LatencyDistributions none() {
        return new LatencyDistributions(Map.of());
    }

    /** Global and per request name; a name found in several groups keeps its first row, as {@link ClientSnapshot#request}. */
    public static LatencyDistributions of(RunSummary summary) {
        Map<String, String> byScope = new LinkedHashMap<>();
        if (summary.global().latencyHistogram() != null) {
            byScope.put(Slo.GLOBAL, summary.global().latencyHistogram());
        }
        summary.requests().forEach(r -> {
            if (r.stats().latencyHistogram() != null) {
                byScope.putIfAbsent(r.name(), r.stats().latencyHistogram());
            }
        });
        return new LatencyDistributions(byScope);
    }

    public boolean has(String scope) {
        return encoded.containsKey(scope);
    }

    /**
     * The response times of the scope in ms, each at its histogram bucket's value (exact below 2,048 ms, within
     * 0.1 % above), for a rank test. Above {@value #MAX_SAMPLES} responses every bucket's count is scaled down in
     * proportion (the shape of the distribution is kept, memory stays bounded on day-long runs, and a test on
     * {@value #MAX_SAMPLES} samples still sees any shift that matters).
     */
    public Optional<double[]> samples(String scope) {
        String value = encoded.get(scope);
        if (value == null) {
            return Optional.empty();
        }
        Histogram histogram = LatencyHistogramCodec.decode(value);
        double scale = Math.min(1.0, (double) MAX_SAMPLES / Math.max(1, histogram.getTotalCount()));
        DoubleStream.Builder samples = DoubleStream.builder();
        for (HistogramIterationValue v : histogram.recordedValues()) {
            long at = histogram.highestEquivalentValue(v.getValueIteratedTo());
            long count = scale == 1.0
                    ? v.getCountAtValueIteratedTo()
                    : Math.max(1, Math.round(v.getCountAtValueIteratedTo() * scale));
            for (long n = 0; n < count; n++) {
                samples.add(at);
            }
        }
        return Optional.of(samples.build().toArray());
    }
}
