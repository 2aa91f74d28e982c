package dev.stressgate.report.gatling;

import java.util.Iterator;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * Percentiles by the rank convention of Gatling's own report: the p-th percentile of n samples is the sample at
 * 0-based position ⌊p/100 · n⌋ of the sorted samples, or the largest sample when that position is past the end.
 * Gatling's t-digest returns exactly this value while it still holds every sample as a centroid of its own (up to
 * 40 samples), so small populations read the same in both reports; above that Gatling estimates and this stays
 * exact (docs/percentiles.md). The value is exact wherever the histogram's buckets are (3 significant digits:
 * below 2048 ms).
 */
final class RankPercentile {

    private RankPercentile() {}

    /** The percentile of a histogram holding at least one sample. */
    static long of(AbstractHistogram histogram, double percentile) {
        long count = histogram.getTotalCount();
        if (count == 0) {
            throw new IllegalArgumentException("percentile of an empty histogram");
        }
        long position = Math.min(count - 1, (long) Math.floor(percentile / 100.0 * count));
        Iterator<HistogramIterationValue> values = histogram.recordedValues().iterator();
        long seen = 0;
        HistogramIterationValue value;
        do {
            value = values.next();
            seen += value.getCountAtValueIteratedTo();
        } while (seen <= position);
        return value.getValueIteratedTo();
    }
}
