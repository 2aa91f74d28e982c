package dev.stressgate.report.analysis;

import dev.stressgate.report.gatling.LatencyHistogramCodec;
import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** Test data: response times written the way summary.json stores them, as HdrHistograms by scope. */
final class Latencies {

    private final Map<String, String> byScope = new LinkedHashMap<>();

    /** {@code count} responses of {@code ms} each, plus the responses given in pairs of (ms, count). */
    Latencies scope(String scope, long... msCountPairs) {
        Histogram histogram = new Histogram(3);
        for (int i = 0; i < msCountPairs.length; i += 2) {
            histogram.recordValueWithCount(msCountPairs[i], msCountPairs[i + 1]);
        }
        byScope.put(scope, LatencyHistogramCodec.encode(histogram));
        return this;
    }

    /** {@code count} responses spread evenly over {@code fromMs}..{@code toMs}. */
    Latencies uniform(String scope, long fromMs, long toMs, int count) {
        Histogram histogram = new Histogram(3);
        for (int i = 0; i < count; i++) {
            histogram.recordValue(fromMs + (toMs - fromMs) * i / Math.max(1, count - 1));
        }
        byScope.put(scope, LatencyHistogramCodec.encode(histogram));
        return this;
    }

    LatencyDistributions build() {
        return new LatencyDistributions(byScope);
    }
}
