package dev.stressgate.report.gatling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.report.gatling.fixture.GatlingReportStats;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;

/**
 * Asserts that a {@link RunSummary} agrees with Gatling's own figures for the same simulation.log: counts,
 * min, max, rounded mean and errors exactly; percentiles as closely as Gatling's estimator allows.
 *
 * <p>Our percentiles are exact (checked here against the raw samples). Gatling's report estimates them with a
 * t-digest (compression 100) fed in file order. While a population has at most
 * {@value GatlingReportStats#DIGEST_KEEPS_EVERY_SAMPLE} samples the digest keeps each one as a centroid and
 * returns exactly the sample {@link RankPercentile} picks, so there the two must be equal. Above that the digest merges samples and
 * interpolates between centroid means; its guaranteed accuracy is in rank, not milliseconds, and it breaks ties
 * at random, so Gatling's own figure can move between two report generations of the same log
 * (docs/percentiles.md). Against a frozen report of such a population (a committed fixture, never a fresh run)
 * the two must agree within max(1 ms, 1 %) of Gatling's value, or Gatling's value must sit within one
 * percentile point of the requested rank in the actual samples; a fresh run can miss even that, by chance.
 */
final class GatlingAgreement {

    private GatlingAgreement() {}

    static void assertAgrees(RunSummary summary, GatlingReportStats gatling, RecordingListener raw) {
        SoftAssertions softly = new SoftAssertions();
        compare(
                softly,
                "global",
                summary.global(),
                gatling.global(),
                raw.requests.stream()
                        .map(RecordingListener.Request::responseTime)
                        .toList());

        assertThat(summary.requests()).hasSameSizeAs(gatling.requests());
        for (GatlingReportStats.Row row : gatling.requests()) {
            GroupedRequestStats ours = summary.requests().stream()
                    .filter(r -> r.name().equals(row.name()) && r.group().equals(row.path()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no request " + row.path() + " " + row.name()));
            compare(
                    softly,
                    "request " + row.path() + " " + row.name(),
                    ours.stats(),
                    row,
                    raw.requests.stream()
                            .filter(r ->
                                    r.name().equals(row.name()) && r.group().equals(row.path()))
                            .map(RecordingListener.Request::responseTime)
                            .toList());
        }

        assertThat(summary.groups()).hasSameSizeAs(gatling.groups());
        for (GatlingReportStats.Row row : gatling.groups()) {
            GroupStats ours = summary.groups().stream()
                    .filter(g -> g.path().equals(row.path()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no group " + row.path()));
            compare(
                    softly,
                    "group " + row.path(),
                    ours.cumulatedResponseTime(),
                    row,
                    raw.groups.stream()
                            .filter(g -> g.path().equals(row.path()))
                            .map(g -> (long) g.cumulatedResponseTimeMs())
                            .toList());
        }

        Map<String, Long> ourErrors = summary.errors().stream()
                .collect(Collectors.toMap(e -> e.message().strip(), ErrorMessageCount::count));
        softly.assertThat(ourErrors).as("errors by message").isEqualTo(gatling.errors());
        softly.assertAll();
    }

    private static void compare(
            SoftAssertions softly,
            String what,
            ResponseStats ours,
            GatlingReportStats.Row gatling,
            List<Long> samples) {
        softly.assertThat(ours.count()).as(what + " count").isEqualTo(gatling.count());
        softly.assertThat(ours.ok()).as(what + " ok").isEqualTo(gatling.ok());
        softly.assertThat(ours.ko()).as(what + " ko").isEqualTo(gatling.ko());
        softly.assertThat(ours.minMs()).as(what + " min").isEqualTo(gatling.min());
        softly.assertThat(ours.maxMs()).as(what + " max").isEqualTo(gatling.max());
        softly.assertThat(Math.round(ours.meanMs())).as(what + " mean").isEqualTo(gatling.mean());
        List<Long> sorted = samples.stream().sorted().toList();
        percentile(softly, what, 50, ours.p50Ms(), gatling.p50(), sorted);
        percentile(softly, what, 75, ours.p75Ms(), gatling.p75(), sorted);
        percentile(softly, what, 95, ours.p95Ms(), gatling.p95(), sorted);
        percentile(softly, what, 99, ours.p99Ms(), gatling.p99(), sorted);
    }

    private static void percentile(
            SoftAssertions softly, String what, int percentile, long ours, long gatling, List<Long> sorted) {
        softly.assertThat(ours)
                .as("%s p%d is the sample at its rank", what, percentile)
                .isEqualTo(RankPercentileTest.sortedSampleAt(sorted, percentile));
        if (sorted.size() <= GatlingReportStats.DIGEST_KEEPS_EVERY_SAMPLE) {
            softly.assertThat(ours)
                    .as("%s p%d equals Gatling's (%d samples)", what, percentile, sorted.size())
                    .isEqualTo(gatling);
            return;
        }
        boolean closeInValue = Math.abs(ours - gatling) <= Math.max(1, Math.round(gatling * 0.01));
        double below = sorted.stream().filter(v -> v < gatling).count() * 100.0 / sorted.size();
        double atOrBelow = sorted.stream().filter(v -> v <= gatling).count() * 100.0 / sorted.size();
        boolean closeInRank = atOrBelow >= percentile - 1 && below <= percentile + 1;
        softly.assertThat(closeInValue || closeInRank)
                .as(
                        "%s p%d: ours %d ms, Gatling %d ms (Gatling's value covers ranks %.2f..%.2f %%)",
                        what, percentile, ours, gatling, below, atOrBelow)
                .isTrue();
    }
}
