package dev.stressgate.report.gatling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.run.Workload;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Summary figures against an independent oracle computed here from the raw decoded records: exact
 * percentiles taken from the sorted response times (see {@link RankPercentile}), per-second counts, active users from user lifetimes.
 */
class SummaryStatisticsTest {

    @Test
    void everyRequestAndGroupMatchesThePercentilesOfItsSortedRawResponseTimes() throws Exception {
        RecordingListener raw = decode("injector-a");
        RunSummary summary = new SimulationLogSummarizer().summarize(Fixtures.log("injector-a"));

        assertThat(summary.requests()).hasSize(9);
        for (GroupedRequestStats request : summary.requests()) {
            List<RecordingListener.Request> own = raw.requests.stream()
                    .filter(r -> r.name().equals(request.name()) && r.group().equals(request.group()))
                    .toList();
            assertMatches(
                    request.stats(),
                    own.stream().map(RecordingListener.Request::responseTime).toList(),
                    own.stream().filter(RecordingListener.Request::ok).count(),
                    summary.durationSeconds());
        }
        assertMatches(
                summary.global(),
                raw.requests.stream()
                        .map(RecordingListener.Request::responseTime)
                        .toList(),
                raw.requests.stream().filter(RecordingListener.Request::ok).count(),
                summary.durationSeconds());

        assertThat(summary.groups())
                .extracting(GroupStats::path)
                .containsExactly(List.of("chat_ws"), List.of("checkout"), List.of("checkout", "payment"));
        for (GroupStats group : summary.groups()) {
            List<RecordingListener.Group> own = raw.groups.stream()
                    .filter(g -> g.path().equals(group.path()))
                    .toList();
            long ok = own.stream().filter(RecordingListener.Group::ok).count();
            assertMatches(
                    group.cumulatedResponseTime(),
                    own.stream().map(g -> (long) g.cumulatedResponseTimeMs()).toList(),
                    ok,
                    summary.durationSeconds());
            assertMatches(
                    group.duration(),
                    own.stream().map(g -> g.endMs() - g.startMs()).toList(),
                    ok,
                    summary.durationSeconds());
        }
    }

    @Test
    void runWindowAndMeanRpsFollowTheDocumentedDefinition() throws Exception {
        RecordingListener raw = decode("injector-a");
        RunHeader header = SimulationLogReader.readHeader(Fixtures.log("injector-a"));
        RunSummary summary = new SimulationLogSummarizer().summarize(Fixtures.log("injector-a"));

        long lastRecord = Math.max(
                raw.requests.stream()
                        .mapToLong(RecordingListener.Request::endMs)
                        .max()
                        .orElseThrow(),
                raw.users.stream()
                        .mapToLong(RecordingListener.User::timestampMs)
                        .max()
                        .orElseThrow());
        assertThat(summary.startEpochMs()).isEqualTo(header.runStartEpochMs());
        assertThat(summary.endEpochMs()).isEqualTo(lastRecord);
        assertThat(summary.durationSeconds()).isEqualTo((lastRecord - header.runStartEpochMs()) / 1000.0);
        assertThat(summary.global().meanRps()).isEqualTo(108 / summary.durationSeconds());
    }

    @Test
    void perSecondSeriesCountsRequestsResponsesErrorsAndActiveUsers() throws Exception {
        RecordingListener raw = decode("injector-a");
        RunSummary summary = new SimulationLogSummarizer().summarize(Fixtures.log("injector-a"));
        long origin = summary.startEpochMs();

        assertThat(summary.seconds()).hasSize((int) ((summary.endEpochMs() - origin) / 1000) + 1);
        Map<Long, List<Long>> responseTimesBySecond = new HashMap<>();
        raw.requests.forEach(r -> responseTimesBySecond
                .computeIfAbsent((r.endMs() - origin) / 1000, s -> new ArrayList<>())
                .add(r.responseTime()));

        for (SecondBucket bucket : summary.seconds()) {
            long second = bucket.second();
            Predicate<Long> inSecond = ts -> (ts - origin) / 1000 == second;
            assertThat(bucket.epochMs()).isEqualTo(origin + second * 1000);
            assertThat(bucket.requests())
                    .isEqualTo(raw.requests.stream()
                            .filter(r -> inSecond.test(r.startMs()))
                            .count());
            assertThat(bucket.responses())
                    .isEqualTo(raw.requests.stream()
                            .filter(r -> inSecond.test(r.endMs()))
                            .count());
            assertThat(bucket.errors())
                    .isEqualTo(raw.requests.stream()
                            .filter(r -> !r.ok() && inSecond.test(r.endMs()))
                            .count());
            assertThat(bucket.activeUsers()).isEqualTo(activeUsers(raw, origin, second));
            List<Long> times = responseTimesBySecond.get(second);
            if (times == null) {
                assertThat(bucket.p95Ms()).isNull();
            } else {
                long exact = RankPercentileTest.sortedSampleAt(times, 95);
                assertThat(bucket.p95Ms()).isBetween(exact, exact + Math.max(1, exact / 100));
            }
        }
        assertThat(summary.seconds().stream().mapToLong(SecondBucket::requests).sum())
                .isEqualTo(108);
        assertThat(summary.seconds())
                .filteredOn(bucket -> bucket.responses() > 0)
                .hasSizeGreaterThan(1);
        assertThat(summary.seconds().stream()
                        .mapToLong(SecondBucket::activeUsers)
                        .max()
                        .orElseThrow())
                .isPositive();
    }

    @Test
    void errorsAreGroupedByMessageWithTheirRequests() throws Exception {
        RunSummary summary = new SimulationLogSummarizer().summarize(Fixtures.log("injector-a"));

        ErrorMessageCount serverErrors = summary.errors().stream()
                .filter(e -> e.message().equals("status.find.in([200, 209], 304), found 500"))
                .findFirst()
                .orElseThrow();
        assertThat(serverErrors.count()).isEqualTo(12);
        assertThat(serverErrors.requests())
                .containsExactly(
                        new ErrorMessageCount.ErrorSource("checkout: pay", List.of("checkout", "payment"), 12));

        ErrorMessageCount buildFailure = summary.errors().stream()
                .filter(e -> e.message().contains("missingUserId"))
                .findFirst()
                .orElseThrow();
        assertThat(buildFailure.count()).isEqualTo(12);
        assertThat(buildFailure.requests()).isEmpty();

        assertThat(summary.errors())
                .extracting(ErrorMessageCount::count)
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void requestsOfTheFlowsTheWorkloadDeclaresAsWebSocketAreTagged() throws Exception {
        FlowTransports transports = new FlowTransports(
                new Workload(List.of(new Workload.Flow("chat_ws", Workload.Transport.WEBSOCKET, null))));
        RunSummary summary = new SimulationLogSummarizer(transports).summarize(Fixtures.log("injector-a"));

        assertThat(summary.websocketRequests())
                .extracting(GroupedRequestStats::name)
                .containsExactly("chat_ws: history", "chat_ws: send");
        assertThat(summary.websocketRule()).isEqualTo(transports.rule());
        assertThat(new SimulationLogSummarizer()
                        .summarize(Fixtures.log("injector-a"))
                        .websocketRequests())
                .as("no declared workload: every request is HTTP")
                .isEmpty();
    }

    private static void assertMatches(ResponseStats stats, List<Long> values, long ok, double durationSeconds) {
        assertThat(stats.count()).isEqualTo(values.size());
        assertThat(stats.ok()).isEqualTo(ok);
        assertThat(stats.ko()).isEqualTo(values.size() - ok);
        assertThat(stats.minMs())
                .isEqualTo(values.stream().mapToLong(Long::longValue).min().orElseThrow());
        assertThat(stats.maxMs())
                .isEqualTo(values.stream().mapToLong(Long::longValue).max().orElseThrow());
        assertThat(stats.meanMs())
                .isEqualTo(values.stream().mapToLong(Long::longValue).average().orElseThrow());
        assertThat(stats.p50Ms()).isEqualTo(RankPercentileTest.sortedSampleAt(values, 50));
        assertThat(stats.p75Ms()).isEqualTo(RankPercentileTest.sortedSampleAt(values, 75));
        assertThat(stats.p95Ms()).isEqualTo(RankPercentileTest.sortedSampleAt(values, 95));
        assertThat(stats.p99Ms()).isEqualTo(RankPercentileTest.sortedSampleAt(values, 99));
        assertThat(stats.meanRps()).isEqualTo(values.size() / durationSeconds);
    }

    /** Users whose lifetime touches the second: started in it or before, and not ended before it. */
    private static long activeUsers(RecordingListener raw, long origin, long second) {
        List<RecordingListener.User> starts =
                raw.users.stream().filter(RecordingListener.User::start).toList();
        List<RecordingListener.User> ends =
                raw.users.stream().filter(u -> !u.start()).toList();
        long startedByEnd = starts.stream()
                .filter(u -> (u.timestampMs() - origin) / 1000 <= second)
                .count();
        long endedBefore = ends.stream()
                .filter(u -> (u.timestampMs() - origin) / 1000 < second)
                .count();
        return startedByEnd - endedBefore;
    }

    private static RecordingListener decode(String fixture) throws Exception {
        RecordingListener raw = new RecordingListener();
        SimulationLogReader.read(Path.of(Fixtures.log(fixture).toString()), raw);
        return raw;
    }
}
