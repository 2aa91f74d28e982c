package dev.stressgate.report.sources.exposition;

import java.util.List;
import java.util.Map;

/**
 * A parsed text exposition: every sample in document order, the declared type of each metric family and its
 * help text.
 */
public record Exposition(List<Sample> samples, Map<String, MetricType> types, Map<String, String> help) {

    public Exposition {
        samples = List.copyOf(samples);
        types = Map.copyOf(types);
        help = Map.copyOf(help);
    }

    /** The declared type of the family a sample name belongs to ({@code foo_bucket} belongs to {@code foo}). */
    public MetricType typeOf(String sampleName) {
        MetricType direct = types.get(sampleName);
        if (direct != null) {
            return direct;
        }
        for (String suffix : List.of("_bucket", "_count", "_sum", "_total", "_created")) {
            if (sampleName.endsWith(suffix)) {
                MetricType family = types.get(sampleName.substring(0, sampleName.length() - suffix.length()));
                if (family != null) {
                    return family;
                }
            }
        }
        return MetricType.UNTYPED;
    }
}
