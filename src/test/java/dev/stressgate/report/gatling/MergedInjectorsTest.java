package dev.stressgate.report.gatling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two real simulation.log files (two injectors) merged into one summary. */
class MergedInjectorsTest {

    @Test
    void mergedFiguresEqualFiguresOverTheUnionOfBothLogs() throws Exception {
        RecordingListener a = new RecordingListener();
        RecordingListener b = new RecordingListener();
        SimulationLogReader.read(Fixtures.log("injector-a"), a);
        SimulationLogReader.read(Fixtures.log("injector-b"), b);
        List<RecordingListener.Request> union = new ArrayList<>(a.requests);
        union.addAll(b.requests);

        RunSummary merged = new SimulationLogSummarizer()
                .summarize(List.of(Fixtures.log("injector-a"), Fixtures.log("injector-b")));

        assertThat(merged.injectors())
                .extracting(InjectorLog::file)
                .containsExactly(
                        Fixtures.log("injector-a").toString(),
                        Fixtures.log("injector-b").toString());
        assertThat(merged.global().count()).isEqualTo(union.size());
        assertThat(merged.global().ko())
                .isEqualTo(union.stream().filter(r -> !r.ok()).count());
        List<Long> times =
                union.stream().map(RecordingListener.Request::responseTime).toList();
        assertThat(merged.global().minMs())
                .isEqualTo(times.stream().mapToLong(Long::longValue).min().orElseThrow());
        assertThat(merged.global().maxMs())
                .isEqualTo(times.stream().mapToLong(Long::longValue).max().orElseThrow());
        assertThat(merged.global().p50Ms()).isEqualTo(RankPercentileTest.sortedSampleAt(times, 50));
        assertThat(merged.global().p95Ms()).isEqualTo(RankPercentileTest.sortedSampleAt(times, 95));
        assertThat(merged.global().p99Ms()).isEqualTo(RankPercentileTest.sortedSampleAt(times, 99));

        GroupedRequestStats pay = merged.requests().stream()
                .filter(r -> r.name().equals("checkout: pay"))
                .findFirst()
                .orElseThrow();
        List<Long> payTimes = union.stream()
                .filter(r -> r.name().equals("checkout: pay"))
                .map(RecordingListener.Request::responseTime)
                .toList();
        assertThat(pay.stats().count()).isEqualTo(payTimes.size());
        assertThat(pay.stats().p75Ms()).isEqualTo(RankPercentileTest.sortedSampleAt(payTimes, 75));

        long startA = SimulationLogReader.readHeader(Fixtures.log("injector-a")).runStartEpochMs();
        long startB = SimulationLogReader.readHeader(Fixtures.log("injector-b")).runStartEpochMs();
        assertThat(merged.injectors()).extracting(InjectorLog::runStartEpochMs).containsExactly(startA, startB);
        assertThat(merged.startEpochMs()).isEqualTo(Math.min(startA, startB));
        assertThat(merged.seconds().stream().mapToLong(SecondBucket::requests).sum())
                .isEqualTo(union.size());
        assertThat(merged.seconds().stream().mapToLong(SecondBucket::errors).sum())
                .isEqualTo(merged.global().ko());
        assertThat(merged.errors().stream()
                        .filter(e -> e.message().contains("missingUserId"))
                        .findFirst()
                        .orElseThrow()
                        .count())
                .isEqualTo(a.errors.size() + b.errors.size());
    }

    @Test
    void eachInjectorKeepsItsOwnRequestFiguresBesideTheMergedOnes() throws Exception {
        RecordingListener a = new RecordingListener();
        RecordingListener b = new RecordingListener();
        SimulationLogReader.read(Fixtures.log("injector-a"), a);
        SimulationLogReader.read(Fixtures.log("injector-b"), b);

        RunSummary merged = new SimulationLogSummarizer()
                .summarize(List.of(Fixtures.log("injector-a"), Fixtures.log("injector-b")));

        List<RecordingListener> own = List.of(a, b);
        for (int i = 0; i < 2; i++) {
            List<RecordingListener.Request> requests = own.get(i).requests;
            List<Long> times = requests.stream()
                    .map(RecordingListener.Request::responseTime)
                    .toList();
            ResponseStats stats = merged.injectors().get(i).requestStats();
            assertThat(stats.count()).isEqualTo(requests.size());
            assertThat(stats.ko())
                    .isEqualTo(requests.stream().filter(r -> !r.ok()).count());
            assertThat(stats.p95Ms()).isEqualTo(RankPercentileTest.sortedSampleAt(times, 95));
        }
        assertThat(merged.injectorRuns()).isNull();
    }
}
